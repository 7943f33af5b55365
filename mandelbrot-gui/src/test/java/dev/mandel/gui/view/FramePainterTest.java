package dev.mandel.gui.view;

import dev.mandel.view.ViewMath;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The preview that bridges a zoom or pan until the new rows arrive. */
class FramePainterTest {

    private static int[] numbered(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = 0xFF000000 | i;
        }
        return a;
    }

    @Test
    void resamplingIntoTheSameViewIsTheIdentity() {
        Viewport v = Viewport.fullSet(40, 30);
        int[] src = numbered(40 * 30);
        int[] dst = new int[src.length];
        FramePainter.resample(src, v, dst, v);
        assertArrayEquals(src, dst);
    }

    @Test
    void aPanShiftsThePreviewByThoseWholePixels() {
        Viewport v = new Viewport(-2, 2, -1.5, 1.5, 40, 30); // dx = dy = 0.1, exact enough
        Viewport moved = ViewMath.pan(v, 5, 3);
        int[] src = numbered(40 * 30);
        int[] dst = new int[src.length];
        FramePainter.resample(src, v, dst, moved);
        // New pixel (i, j) shows old pixel (i - 5, j - 3); the uncovered band is background.
        assertEquals(src[(10 - 3) * 40 + (20 - 5)], dst[10 * 40 + 20]);
        assertEquals(src[0], dst[3 * 40 + 5]);
        assertEquals(dst[0], dst[1]); // uncovered: background
    }
}
