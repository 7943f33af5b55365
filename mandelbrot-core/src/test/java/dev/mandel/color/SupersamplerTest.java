package dev.mandel.color;

import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Supersampling averages factor x factor samples per pixel in linear light, on the same region. */
class SupersamplerTest {

    @Test
    void factorOneIsTheIdentity() {
        int[] argb = {0xFF000000, 0xFFFFFFFF, 0xFF336699, 0xFF80FF01, 0xFF0A0B0C, 0xFFFEFDFC};
        assertArrayEquals(argb, Supersampler.downsample(argb, 3, 2, 1));
    }

    @Test
    void uniformBlocksKeepTheirColourAndHalfBlackHalfWhiteIsLinearGrey() {
        int w = 2;
        int h = 1;
        int f = 2;
        int white = 0xFFFFFFFF;
        int black = 0xFF000000;
        int c = 0xFF4080C0;
        // pixel 0: four samples of c; pixel 1: two black, two white
        int[] fine = {c, c, black, white,
                      c, c, white, black};
        int[] out = Supersampler.downsample(fine, w, h, f);
        assertEquals(c, out[0]);
        int grey = out[1] & 0xFF;
        assertEquals(188, grey, 1, "linear mid grey is sRGB 188, not 128");
        assertEquals(grey, (out[1] >> 8) & 0xFF);
        assertEquals(0xFF, out[1] >>> 24);
    }

    @Test
    void rowsCompleteEveryFactorRows() {
        Supersampler s = new Supersampler(1, 3);
        int[] fine = {0xFF102030, 0xFF102030, 0xFF102030};
        int[] out = new int[1];
        assertEquals(false, s.addRow(fine, 0, out, 0));
        assertEquals(false, s.addRow(fine, 0, out, 0));
        assertTrue(s.addRow(fine, 0, out, 0));
        assertEquals(0xFF102030, out[0]);
    }

    @Test
    void theFineViewCoversTheSameRegionAndLimitsAreOneLine() {
        Viewport v = Viewport.fullSet(300, 200);
        Viewport fine = Supersampler.fineView(v, 3);
        assertEquals(900, fine.width());
        assertEquals(600, fine.height());
        assertEquals(v.xMin(), fine.xMin());
        assertEquals(v.xMax(), fine.xMax());
        assertEquals(v.yMin(), fine.yMin());
        assertEquals(v.yMax(), fine.yMax());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Supersampler.fineView(v, 5));
        assertTrue(e.getMessage().contains("from 1 (off) to 4"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Supersampler.fineView(Viewport.fullSet(Viewport.MAX_EDGE / 2 + 1, 10), 2));
    }
}
