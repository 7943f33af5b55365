package dev.mandel.tiles;

import dev.mandel.farm.RenderTask;
import dev.mandel.view.Viewport;

/**
 * The base level of a pyramid as independent render tasks, one per tile, in Z-order.
 *
 * <p>A tile is rendered as its own small view: the plane rectangle between the base grid's pixel
 * edges {@code x0 .. x1}, {@code y0 .. y1} ({@code base.re(x0)} to {@code base.re(x1)}, and so on),
 * sampled {@code (x1 - x0) x (y1 - y0)}. Its pixels are therefore those of the section-2 mapping
 * of that rectangle (DESIGN.md), within an ulp of the same pixels of one huge render of the base
 * view, and the same on every machine and for every schedule: a farm's tiles equal local ones bit
 * for bit.
 */
public record TilePlan(long job, Viewport base, int maxIter, boolean smooth, PyramidGeometry geometry) {

    public TilePlan {
        if (base.width() != geometry.width() || base.height() != geometry.height()) {
            throw new IllegalArgumentException("the base view is " + base.width() + "x" + base.height()
                    + " but the pyramid " + geometry.width() + "x" + geometry.height());
        }
    }

    public int count() {
        long n = geometry.baseTiles();
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a base level of " + n + " tiles is more than one job handles; use"
                    + " larger --tile");
        }
        return (int) n;
    }

    public RenderTask task(int index) {
        int[] cr = geometry.baseTileAt(index);
        int level = geometry.maxLevel();
        int x0 = cr[0] * geometry.tileSize();
        int y0 = cr[1] * geometry.tileSize();
        int w = geometry.tileWidth(level, cr[0]);
        int h = geometry.tileHeight(level, cr[1]);
        Viewport tile = new Viewport(base.re(x0), base.re(x0 + w), base.im(y0 + h), base.im(y0), w, h);
        return new RenderTask(job, index, tile, maxIter, smooth, 0, h);
    }
}
