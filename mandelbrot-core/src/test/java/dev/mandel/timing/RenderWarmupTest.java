package dev.mandel.timing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderWarmupTest {

    @Test
    void smallWidthsAreWarmedAsTheyAre() {
        assertEquals(1, RenderWarmup.warmupWidth(1));
        assertEquals(320, RenderWarmup.warmupWidth(320));
    }

    @Test
    void wideRowsKeepTheirRemainderSoEveryBlockShapeIsCompiled() {
        for (int width : new int[] {321, 960, 1200, 4097, 40000}) {
            int w = RenderWarmup.warmupWidth(width);
            assertEquals(width % 32, w % 32, "width " + width);
            assertTrue(w >= 320 && w < 352, "width " + width + " -> " + w);
        }
    }
}
