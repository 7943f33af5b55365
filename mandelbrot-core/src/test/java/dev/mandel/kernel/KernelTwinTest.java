package dev.mandel.kernel;

import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The vector kernel must equal the scalar kernel exactly: same counts, same row sums, same
 * {@code |z|^2} at escape, on random viewports from the full set down to spans of 1e-12, and on
 * widths that exercise every tail length, for every interleave. The build runs this class once
 * per vector width (-Dmandelbrot.vector.bits=128, 256 and the machine's own).
 */
class KernelTwinTest {

    private static final ScalarKernel SCALAR = new ScalarKernel();
    private static final int[] INTERLEAVES = {1, 2, 3, 4, 5, 6, 7, 8};

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void twoHundredRandomViewports(int interleave) {
        EscapeKernel vector = KernelProvider.vector(interleave);
        Random random = new Random(20261122L + interleave);
        for (int trial = 0; trial < 200; trial++) {
            Viewport view = randomViewport(random, 1 + random.nextInt(70), 1 + random.nextInt(6));
            int maxIter = 1 + random.nextInt(600);
            assertRowsEqual(view, maxIter, vector, "trial " + trial + " " + view);
        }
    }

    @Test
    void everyWidthFromOneToSeventyAndAWideRow() {
        Random random = new Random(7);
        int[] widths = IntStream.concat(IntStream.rangeClosed(1, 70), IntStream.of(4097)).toArray();
        for (int interleave : INTERLEAVES) {
            EscapeKernel vector = KernelProvider.vector(interleave);
            for (int w : widths) {
                Viewport view = new Viewport(-2.1, 0.7, -1.2, 1.2, w, 3);
                assertRowsEqual(view, 300, vector, "width " + w + " interleave " + interleave);
                assertRowsEqual(randomViewport(random, w, 2), 200, vector, "random width " + w);
            }
        }
    }

    @Test
    void smoothModeIsATwinToo() {
        Random random = new Random(99);
        EscapeKernel vector = KernelProvider.vector(4);
        for (int trial = 0; trial < 60; trial++) {
            Viewport view = randomViewport(random, 1 + random.nextInt(40), 2);
            int maxIter = 1 + random.nextInt(400);
            for (int row = 0; row < view.height(); row++) {
                int w = view.width();
                int[] sc = new int[w + 3];
                int[] vc = new int[w + 3];
                double[] sm = new double[w + 3];
                double[] vm = new double[w + 3];
                long ss = SCALAR.smoothRow(view, row, maxIter, sc, sm, 3);
                long vs = vector.smoothRow(view, row, maxIter, vc, vm, 3);
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
        EscapeKernel vector = KernelProvider.vector(4);
        Viewport view = new Viewport(-2, 1, -1, 1, 37, 1);
        int[] out = new int[37 + 10];
        java.util.Arrays.fill(out, -7);
        vector.row(view, 0, 50, out, 5);
        for (int i = 0; i < 5; i++) {
            assertEquals(-7, out[i]);
        }
        for (int i = 42; i < out.length; i++) {
            assertEquals(-7, out[i]);
        }
    }

    private static void assertRowsEqual(Viewport view, int maxIter, EscapeKernel vector, String what) {
        int w = view.width();
        for (int row = 0; row < view.height(); row++) {
            int[] expected = new int[w];
            int[] actual = new int[w];
            long expectedSum = SCALAR.row(view, row, maxIter, expected, 0);
            long actualSum = vector.row(view, row, maxIter, actual, 0);
            assertArrayEquals(expected, actual, what + " row " + row);
            assertEquals(expectedSum, actualSum, what + " row sum " + row);
            assertEquals(IntStream.of(expected).asLongStream().sum(), expectedSum, "row sum is the sum of counts");
        }
    }

    /** A view somewhere near the set, with a span between about 3 and 1e-12. */
    static Viewport randomViewport(Random random, int width, int height) {
        double re = -2.0 + 2.5 * random.nextDouble();
        double im = -1.2 + 2.4 * random.nextDouble();
        double span = 3 * Math.pow(10, -12 * random.nextDouble());
        return Viewport.centered(re, im, span, width, height);
    }
}
