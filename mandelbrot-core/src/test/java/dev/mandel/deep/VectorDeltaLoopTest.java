package dev.mandel.deep;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.kernel.KernelProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Vector API delta loop against the scalar double loop on the same orbit and table
 * (docs/deep-zoom.md, section 9). Lanes share the reference index and take the longest BLA block
 * valid for the whole group, so a lane may take shorter blocks than alone; every other operation is
 * the scalar loop's, in its order. So: where both loops take the same path the counts are
 * identical, and every pixel that differs is checked against direct high-precision iteration of
 * its exact centre, where the vector count must be as close as the scalar one up to a few
 * iterations.
 */
class VectorDeltaLoopTest {

    @BeforeAll
    static void vectorsHere() {
        Assumptions.assumeTrue(KernelProvider.vectorUsable(), KernelProvider::vectorRefusal);
    }

    /** Both loops over a whole grid, and the pixels where they differ, each beside the direct count. */
    private record Comparison(DeepView view, int maxIter, int[] scalar, int[] vector, long scalarSteps,
                              long vectorSteps, List<String> differences) {

        static Comparison of(DeepView view, int maxIter) {
            DeepSetup s = DeepSetup.prepare(view, maxIter, null, () -> false, KernelChoice.SCALAR);
            DeepSetup v = DeepSetup.prepare(view, maxIter, s.orbit(), () -> false, KernelChoice.VECTOR);
            assertTrue(v.numberType().contains("Vector API"), v.numberType());
            int w = view.width();
            int h = view.height();
            int[] scalar = new int[w * h];
            int[] vector = new int[w * h];
            double[] scalarMag = new double[w * h];
            double[] vectorMag = new double[w * h];
            for (int j = 0; j < h; j++) {
                s.kernel().smoothRow(s.gridViewport(), j, s.maxIter(), scalar, scalarMag, j * w);
                v.kernel().smoothRow(v.gridViewport(), j, v.maxIter(), vector, vectorMag, j * w);
            }
            List<String> differences = new ArrayList<>();
            int bits = view.referenceBits() + 64;
            for (int p = 0; p < scalar.length; p++) {
                if (scalar[p] != vector[p]) {
                    int direct = DirectIteration.count(view, p % w, p / w, s.maxIter(), bits);
                    differences.add(String.format(Locale.ROOT, "pixel %d,%d: scalar %d, vector %d, direct %d",
                            p % w, p / w, scalar[p], vector[p], direct));
                    assertTrue(Math.abs(vector[p] - direct) <= 3, differences::toString);
                } else {
                    // The same count. Where the blocks taken differ, so does |z|^2 at escape, by the
                    // blocks' error (epsilon 2^-32) grown over the steps after them (relative 1e-4
                    // seen on the Flake). Smooth colouring sees it as a fraction of an iteration.
                    if (scalar[p] < s.maxIter()) {
                        assertEquals(smooth(scalar[p], scalarMag[p]), smooth(vector[p], vectorMag[p]), 0.01,
                                "pixel " + p);
                    }
                }
            }
            return new Comparison(view, s.maxIter(), scalar, vector, s.kernel().totalPerturbationSteps()
                    + s.kernel().totalBlaSteps(), v.kernel().totalPerturbationSteps() + v.kernel().totalBlaSteps(),
                    differences);
        }

        /** The continuous iteration count smooth colouring derives from a count and its |z|^2 at escape. */
        static double smooth(int n, double mag2) {
            return n + 1 - Math.log(0.5 * Math.log(mag2)) / Math.log(2);
        }

        double identicalShare() {
            return 1 - differences.size() / (double) scalar.length;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s, max-iter %d: %.2f%% identical, steps scalar %d vector %d, %s",
                    view, maxIter, 100 * identicalShare(), scalarSteps, vectorSteps, differences);
        }
    }

    @Test
    void flakeAtItsPublishedDepth() {
        Comparison c = Comparison.of(DeepView.parse(DeepAgreementTest.FLAKE, "1.8e-157", 64, 36), 50_000);
        System.out.println(c);
        assertTrue(c.identicalShare() >= 0.99, c::toString);
    }

    @Test
    void flakeAt1e40AndAwkwardWidths() {
        for (int w : new int[] {1, 7, 8, 9, 13, 17, 63}) {
            Comparison c = Comparison.of(DeepView.parse(DeepAgreementTest.FLAKE, "1e-40", w, 5), 3000);
            System.out.println(c);
            assertTrue(c.identicalShare() >= 0.99, c::toString);
        }
    }

    @Test
    void algebraicPointsAreIdentical() {
        // c = -2 (on the circle from n = 2) and c = i (preperiodic): the escape test of section 4
        // and whole-group rebasing at the orbit's end.
        for (String centre : new String[] {"-2,0", "0,1"}) {
            Comparison c = Comparison.of(DeepView.parse(centre, "1e-40", 24, 16), 8000);
            System.out.println(c);
            assertEquals(0, c.differences().size(), c::toString);
        }
    }

    @Test
    void fractalshadesGlitchRegressions() {
        Comparison fail2 = Comparison.of(DeepView.parse("-1.36768994867991128,0.00949048853859240532",
                "2.477633848347765e-8", 40, 30), 2000);
        System.out.println(fail2);
        assertTrue(fail2.identicalShare() >= 0.99, fail2::toString);
        Comparison e20 = Comparison.of(DeepView.parse("-1.74928893611435556407228,0", "5e-20", 40, 30), 3000);
        System.out.println(e20);
        assertTrue(e20.identicalShare() >= 0.99, e20::toString);
    }
}
