package dev.mandel.color;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostMapTest {

    @Test
    void logScaleFromBlackToWhite() {
        CostMap map = new CostMap(1000);
        assertEquals(0xFF000000, map.argb(0));
        assertEquals(0xFFFFFFFF, map.argb(1000));
        // log(1+31)/log(1+1000) = 0.5017...: mid grey.
        assertEquals(Math.log(32) / Math.log(1001), map.brightness(31), 1e-15);
        assertEquals(0xFF808080, map.argb(31));
        assertEquals(1.0, map.brightness(5000), "clamped above max");
    }

    @Test
    void dearerPixelsAreNeverDarker() {
        CostMap map = new CostMap(2000);
        int previous = -1;
        for (int c = 0; c <= 2000; c++) {
            int grey = map.argb(c) & 0xFF;
            assertTrue(grey >= previous);
            int argb = map.argb(c);
            assertEquals(grey, argb >>> 16 & 0xFF);
            assertEquals(grey, argb >>> 8 & 0xFF);
            previous = grey;
        }
    }

    @Test
    void normalisesToTheFramesMaximum() {
        int[] counts = {1, 3, 7, 0};
        CostMap map = CostMap.forCounts(counts);
        assertEquals(7, map.maxCount());
        int[] argb = new int[4];
        map.colour(counts, argb, 0, 4);
        assertArrayEquals(new int[] {map.argb(1), map.argb(3), 0xFFFFFFFF, 0xFF000000}, argb);
        // log(2)/log(8) = 1/3 exactly in real numbers: grey 85.
        assertEquals(85, argb[0] & 0xFF);
    }

    @Test
    void emptyFrameIsBlack() {
        CostMap map = CostMap.forCounts(new int[] {0, 0});
        assertEquals(0xFF000000, map.argb(0));
        assertThrows(IllegalArgumentException.class, () -> new CostMap(-1));
    }
}
