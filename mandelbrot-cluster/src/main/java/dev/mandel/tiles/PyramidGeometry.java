package dev.mandel.tiles;

/**
 * The levels and tiles of a Deep Zoom image of {@code width x height} pixels cut into square
 * tiles of {@code tileSize} (no overlap): level {@link #maxLevel()} is the full image, each level
 * below is half the one above (rounded up), down to level 0, a single pixel.
 *
 * <p>Base tiles are visited in Z-order (Morton order over the tile grid), so the four children of
 * every tile of every lower level arrive one after another; that is what lets the pyramid be built
 * with one tile's worth of memory per level, whatever its size.
 */
public record PyramidGeometry(int width, int height, int tileSize) {

    public PyramidGeometry {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a pyramid needs at least one pixel, got " + width + "x" + height);
        }
        if (tileSize < 1) {
            throw new IllegalArgumentException("--tile must be at least 1, got " + tileSize);
        }
    }

    /** {@code ceil(log2(max(width, height)))}: the level of the full image. */
    public int maxLevel() {
        int longest = Math.max(width, height);
        return longest == 1 ? 0 : 32 - Integer.numberOfLeadingZeros(longest - 1);
    }

    public int levelWidth(int level) {
        return shrink(width, maxLevel() - level);
    }

    public int levelHeight(int level) {
        return shrink(height, maxLevel() - level);
    }

    private static int shrink(int size, int halvings) {
        return (int) ((size + (1L << halvings) - 1) >> halvings);
    }

    public int columns(int level) {
        return Math.ceilDiv(levelWidth(level), tileSize);
    }

    public int rows(int level) {
        return Math.ceilDiv(levelHeight(level), tileSize);
    }

    /** Width of tile column {@code col} at {@code level} (the last column may be narrower). */
    public int tileWidth(int level, int col) {
        return Math.min(tileSize, levelWidth(level) - col * tileSize);
    }

    public int tileHeight(int level, int row) {
        return Math.min(tileSize, levelHeight(level) - row * tileSize);
    }

    public long baseTiles() {
        return (long) columns(maxLevel()) * rows(maxLevel());
    }

    /**
     * Column and row of the base tile visited {@code index}-th in Z-order, as {@code {col, row}}.
     * Descends the quadtree over the smallest power-of-two square holding the grid, skipping
     * quadrants by how many real tiles they hold, so no list of tiles is ever built.
     */
    public int[] baseTileAt(long index) {
        int cols = columns(maxLevel());
        int rows = rows(maxLevel());
        if (index < 0 || index >= (long) cols * rows) {
            throw new IndexOutOfBoundsException("base tile " + index + " of " + (long) cols * rows);
        }
        int size = Integer.highestOneBit(Math.max(cols, rows) - 1) << 1;
        size = Math.max(size, 1);
        int x0 = 0;
        int y0 = 0;
        long i = index;
        while (size > 1) {
            int half = size / 2;
            for (int q = 0; q < 4; q++) {
                int qx = x0 + (q & 1) * half;
                int qy = y0 + (q >> 1) * half;
                long inside = (long) clamp(cols - qx, half) * clamp(rows - qy, half);
                if (i < inside) {
                    x0 = qx;
                    y0 = qy;
                    break;
                }
                i -= inside;
            }
            size = half;
        }
        return new int[] {x0, y0};
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(v, max));
    }
}
