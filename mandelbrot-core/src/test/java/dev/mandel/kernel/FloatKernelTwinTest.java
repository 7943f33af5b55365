package dev.mandel.kernel;

import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The float vector kernel must equal its scalar twin exactly, as the double pair does: same counts,
 * row sums and {@code |z|^2} at escape, on random views and every tail length.
 */
class FloatKernelTwinTest {

    private static final FloatScalarKernel SCALAR = new FloatScalarKernel();
    private static final EscapeKernel VECTOR = PrecisionKernels.floatKernel(KernelChoice.VECTOR);

    @Test
    void runsAtTheWidthTheDoubleKernelRunsAt() {
        // --vector-bits (here the build's -Dmandelbrot.vector.bits executions) narrows both kernels.
        assertEquals(VectorKernel.SPECIES.vectorBitSize() / 32, FloatVectorKernel.lanes());
        String bits = System.getProperty(VectorWidth.PROPERTY);
        if (bits != null) {
            assertEquals(Integer.parseInt(bits) / 32, FloatVectorKernel.lanes(), "the requested width is the one in use");
        }
    }

    @Test
    void theVectorKernelIsTheOneUnderTest() {
        assertEquals("vector-float", VECTOR.name());
        assertEquals("scalar-float", PrecisionKernels.floatKernel(KernelChoice.SCALAR).name());
    }

    @Test
    void threeHundredRandomViewports() {
        Random random = new Random(20261202L);
        for (int trial = 0; trial < 300; trial++) {
            Viewport view = KernelTwinTest.randomViewport(random, 1 + random.nextInt(150), 1 + random.nextInt(5));
            int maxIter = 1 + random.nextInt(800);
            assertRowsEqual(view, maxIter, "trial " + trial + " " + view);
        }
    }

    @Test
    void everyWidthFromOneToOneHundredThirtyAndAwkwardWideRows() {
        Random random = new Random(11);
        int[] widths = IntStream.concat(IntStream.rangeClosed(1, 130), IntStream.of(255, 4097)).toArray();
        for (int w : widths) {
            assertRowsEqual(new Viewport(-2.1, 0.7, -1.2, 1.2, w, 3), 300, "width " + w);
            assertRowsEqual(KernelTwinTest.randomViewport(random, w, 2), 200, "random width " + w);
        }
    }

    @Test
    void smoothModeIsATwinToo() {
        Random random = new Random(5);
        for (int trial = 0; trial < 80; trial++) {
            Viewport view = KernelTwinTest.randomViewport(random, 1 + random.nextInt(70), 2);
            int maxIter = 1 + random.nextInt(400);
            for (int row = 0; row < view.height(); row++) {
                int w = view.width();
                int[] sc = new int[w + 3];
                int[] vc = new int[w + 3];
                double[] sm = new double[w + 3];
                double[] vm = new double[w + 3];
                long ss = SCALAR.smoothRow(view, row, maxIter, sc, sm, 3);
                long vs = VECTOR.smoothRow(view, row, maxIter, vc, vm, 3);
                assertArrayEquals(sc, vc, "smooth counts, trial " + trial);
                assertArrayEquals(sm, vm, "|z|^2 at escape, trial " + trial);
                assertEquals(ss, vs);
                int[] plain = new int[w + 3];
                SCALAR.row(view, row, maxIter, plain, 3);
                assertArrayEquals(plain, sc, "smooth mode must not change the counts");
            }
        }
    }

    @Test
    void writesOnlyItsOwnSlice() {
        Viewport view = new Viewport(-2, 1, -1, 1, 71, 1);
        int[] out = new int[71 + 10];
        Arrays.fill(out, -7);
        VECTOR.row(view, 0, 50, out, 5);
        for (int i = 0; i < 5; i++) {
            assertEquals(-7, out[i]);
        }
        for (int i = 76; i < out.length; i++) {
            assertEquals(-7, out[i]);
        }
    }

    @Test
    void knownPointsByHand() {
        assertEquals(1000, FloatScalarKernel.escapeCount(0f, 0f, 1000), "c = 0 never escapes");
        assertEquals(1, FloatScalarKernel.escapeCount(3f, 0f, 1000), "|z_1| = 3 > 2");
        assertEquals(1000, FloatScalarKernel.escapeCount(-1f, 0f, 1000), "c = -1 cycles 0, -1, 0");
    }

    @Test
    void moreIterationsThanAFloatCountsAreRefused() {
        Viewport view = new Viewport(-2, 1, -1, 1, 8, 1);
        int[] out = new int[8];
        assertThrows(IllegalArgumentException.class, () -> VECTOR.row(view, 0, FloatScalarKernel.MAX_ITER + 1, out, 0));
        assertThrows(IllegalArgumentException.class, () -> SCALAR.row(view, 0, FloatScalarKernel.MAX_ITER + 1, out, 0));
    }

    @Test
    void atShallowZoomFloatAgreesWithDoubleOnAlmostEveryPixel() {
        Viewport view = Viewport.fullSet(240, 180);
        int maxIter = 500;
        assertTrue(PrecisionRule.floatResolves(view, maxIter));
        int same = 0;
        int[] f = new int[view.width()];
        int[] d = new int[view.width()];
        ScalarKernel reference = new ScalarKernel();
        for (int row = 0; row < view.height(); row++) {
            VECTOR.row(view, row, maxIter, f, 0);
            reference.row(view, row, maxIter, d, 0);
            for (int i = 0; i < f.length; i++) {
                same += f[i] == d[i] ? 1 : 0;
            }
        }
        assertTrue(same >= 0.995 * view.pixels(), "identical counts: " + same + " of " + view.pixels());
    }

    private static void assertRowsEqual(Viewport view, int maxIter, String what) {
        int w = view.width();
        for (int row = 0; row < view.height(); row++) {
            int[] expected = new int[w];
            int[] actual = new int[w];
            long expectedSum = SCALAR.row(view, row, maxIter, expected, 0);
            long actualSum = VECTOR.row(view, row, maxIter, actual, 0);
            assertArrayEquals(expected, actual, what + " row " + row);
            assertEquals(expectedSum, actualSum, what + " row sum " + row);
        }
    }
}
