package dev.mandel.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewMathTest {

    private static final Viewport V = new Viewport(-2.0, 1.0, -1.0, 1.0, 300, 200);

    @Test
    void pixelMappingIsTheReference() {
        assertEquals(-2.0, V.re(0));
        assertEquals(1.0, V.im(0), "row 0 is at the top");
        assertEquals(-2.0 + 150 * 0.01, V.re(150));
        assertEquals(1.0 - 100 * 0.01, V.im(100));
    }

    @Test
    void zoomAtKeepsThePointUnderTheCursor() {
        double px = 37.5;
        double py = 151.25;
        double re = V.xMin() + px * V.dx();
        double im = V.yMax() - py * V.dy();
        Viewport z = ViewMath.zoomAt(V, px, py, 2.5);
        assertEquals(re, z.xMin() + px * z.dx(), 1e-12);
        assertEquals(im, z.yMax() - py * z.dy(), 1e-12);
        assertEquals(V.spanRe() / 2.5, z.spanRe(), 1e-12);
    }

    @Test
    void panMovesByPixels() {
        Viewport p = ViewMath.pan(V, 30, -20);
        assertEquals(V.xMin() - 30 * V.dx(), p.xMin(), 1e-12);
        assertEquals(V.yMax() - 20 * V.dy(), p.yMax(), 1e-12);
    }

    @Test
    void zoomBoxFitsTheBox() {
        Viewport b = ViewMath.zoomToBox(V, 100, 50, 160, 90);
        assertEquals(V.re(130), b.centerRe(), 1e-12);
        assertEquals(V.yMax() - 70 * V.dy(), b.centerIm(), 1e-12);
        assertTrue(b.spanRe() <= 60 * V.dx() + 1e-12 || b.spanIm() <= 40 * V.dy() + 1e-12);
    }

    @Test
    void resolvableTellsWhenPixelsCollapse() {
        assertTrue(V.resolvable());
        assertFalse(Viewport.centered(-0.75, 0.1, 1e-15, 1000, 1000).resolvable());
        assertTrue(Viewport.centered(-0.75, 0.1, 1e-11, 1000, 1000).resolvable());
    }

    @Test
    void presetsParse() {
        assertEquals(Preset.MOJO, Preset.parse("MOJO"));
        Viewport mojo = Preset.MOJO.view();
        assertEquals(-2.0, mojo.xMin());
        assertEquals(0.6, mojo.xMax());
        assertEquals(960, mojo.width());
        assertEquals(1000, Preset.MOJO.maxIter());
    }
}
