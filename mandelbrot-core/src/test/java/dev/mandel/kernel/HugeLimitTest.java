package dev.mandel.kernel;

import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Limits up to {@code Integer.MAX_VALUE} (the largest {@code --max-iter} accepted) must work:
 * the escape-check cadence once computed a chunk end as {@code k + 8}, which overflows near the
 * limit, and a 1x1 or 40x1 view at {@code --max-iter 2147483641} never finished. Running 2^31
 * steps is no test, so the arithmetic is checked on its own, and real kernels run views that
 * escape soon at the huge limits.
 */
class HugeLimitTest {

    private static final int[] HUGE = {Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 6,
            2147483641, Integer.MAX_VALUE - 8, Integer.MAX_VALUE - 9};

    @Test
    void chunksNeverPassTheLimitNorOverflow() {
        for (long m = Integer.MAX_VALUE; m >= Integer.MAX_VALUE - 40L; m--) {
            assertChunksFit((int) m);
        }
        for (int m = 0; m <= 100; m++) {
            assertChunksFit(m);
        }
    }

    /** Walks the kernel's chunks over the last few dozen steps below {@code maxIter}. */
    private static void assertChunksFit(int maxIter) {
        int c = EscapeCheckCadence.CHECK_EVERY;
        int k = Math.max(0, (maxIter - 50) / c * c); // chunks start at multiples of CHECK_EVERY
        int chunks = 0;
        while (k < maxIter) {
            int steps = EscapeCheckCadence.chunk(k, maxIter);
            assertTrue(steps >= 1 && steps <= c, "chunk of " + steps + " at " + k + " of " + maxIter);
            assertTrue(steps == c || (long) k + steps == maxIter, "only the last chunk is short");
            assertTrue((long) k + steps <= maxIter, "a chunk passes the limit at " + k + " of " + maxIter);
            k += steps;
            assertTrue(++chunks < 100, "the chunks never reach max-iter " + maxIter);
        }
        assertEquals(maxIter, k);
    }

    @Test
    void viewsThatEscapeSoonFinishAtHugeLimits() {
        // c = 0.25 + 1e-6 lies just right of the cusp: it escapes after about pi / sqrt(1e-6), some
        // thousands of steps; c = 3 escapes at n = 1.
        for (int width : new int[] {1, 40}) {
            Viewport cusp = new Viewport(0.25 + 1e-6, 0.25 + 2e-6, -1e-9, 1e-9, width, 1);
            Viewport far = new Viewport(3, 4, -1, 1, width, 1);
            for (int maxIter : HUGE) {
                for (int g = 1; g <= KernelProvider.MAX_INTERLEAVE; g++) {
                    EscapeKernel vector = KernelProvider.vector(g);
                    assertSameAsScalar(cusp, maxIter, vector);
                    assertSameAsScalar(far, maxIter, vector);
                }
            }
        }
    }

    @Test
    void laneOccupancyTwinFinishesAtHugeLimits() {
        Viewport far = new Viewport(3, 4, -1, 1, 40, 1);
        for (int maxIter : HUGE) {
            LaneOccupancy occ = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> LaneOccupancy.measure(far, maxIter, 6));
            assertEquals(40, occ.activeLaneSteps(0));
        }
    }

    private static void assertSameAsScalar(Viewport view, int maxIter, EscapeKernel vector) {
        int[] expected = new int[view.width()];
        int[] actual = new int[view.width()];
        long e = new ScalarKernel().row(view, 0, maxIter, expected, 0);
        long a = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> vector.row(view, 0, maxIter, actual, 0), "max-iter " + maxIter);
        assertArrayEquals(expected, actual, "max-iter " + maxIter + ", " + view);
        assertEquals(e, a);
        assertTrue(expected[0] < 100_000, "the view escapes soon: " + expected[0]);
    }
}
