package dev.mandel.kernel;

import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrecisionRuleTest {

    @Test
    void theOverviewTakesFloat() {
        assertTrue(PrecisionRule.floatResolves(Viewport.fullSet(960, 720), 1000));
        assertTrue(PrecisionRule.floatResolves(Viewport.centered(-0.75, 0, 1.0, 1000, 750), 1000));
        assertEquals(Precision.FLOAT, PrecisionRule.resolve(Precision.AUTO, Viewport.fullSet(960, 720), 500));
    }

    @Test
    void zoomingInOrManyIterationsTakeDouble() {
        assertFalse(PrecisionRule.floatResolves(Viewport.centered(-0.7453, 0.1127, 0.05, 1000, 750), 1000),
                "step of about 200 float ulps");
        assertFalse(PrecisionRule.floatResolves(Viewport.fullSet(960, 720), PrecisionRule.MAX_ITER + 1));
        assertEquals(Precision.DOUBLE, PrecisionRule.resolve(Precision.AUTO, Viewport.fullSet(960, 720), 5000));
    }

    @Test
    void theStepIsMeasuredAtTheLargestCoordinate() {
        // Same pixel step, far from the origin: a float ulp at 1001 is 2^8 times the one at 2 (the floor).
        Viewport near = new Viewport(0.0, 1.0, 0.0, 1.0, 100, 100);
        Viewport far = new Viewport(1000.0, 1001.0, 0.0, 1.0, 100, 100);
        assertEquals(256, PrecisionRule.stepInFloatUlps(near) / PrecisionRule.stepInFloatUlps(far), 1e-9);
        assertTrue(PrecisionRule.floatResolves(near, 100));
        assertFalse(PrecisionRule.floatResolves(far, 100));
    }

    @Test
    void explicitChoicesAreKept() {
        Viewport deep = Viewport.centered(-0.7453, 0.1127, 1e-9, 100, 100);
        assertEquals(Precision.FLOAT, PrecisionRule.resolve(Precision.FLOAT, deep, 100));
        assertEquals(Precision.DOUBLE, PrecisionRule.resolve(Precision.DOUBLE, Viewport.fullSet(10, 10), 100));
    }

    @Test
    void whereTheRuleTakesFloatCountsAgreeWithDouble() {
        // The rule's claim, re-measured on small views at its edge: 1000 iterations, step about 1.5x the minimum.
        double[][] landmarks = {{-0.75, 0.0}, {-0.7453, 0.1127}, {0.2925, 0.0149}, {-0.7746806, -0.1374169}};
        EscapeKernel doubles = new ScalarKernel();
        EscapeKernel floats = PrecisionKernels.floatKernel(KernelChoice.VECTOR);
        for (double[] l : landmarks) {
            Viewport view = Viewport.centered(l[0], l[1], 0.24, 160, 120);
            assertTrue(PrecisionRule.floatResolves(view, 1000), "rule takes float for " + view);
            int w = view.width();
            int[] d = new int[w];
            int[] f = new int[w];
            long same = 0;
            for (int row = 0; row < view.height(); row++) {
                doubles.row(view, row, 1000, d, 0);
                floats.row(view, row, 1000, f, 0);
                for (int i = 0; i < w; i++) {
                    same += d[i] == f[i] ? 1 : 0;
                }
            }
            assertTrue(same >= 0.98 * view.pixels(), "identical counts " + same + " of " + view.pixels() + " at " + view);
        }
    }

    @Test
    void parseNamesTheAllowedValues() {
        assertEquals(Precision.AUTO, Precision.parse(" Auto "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Precision.parse("half"));
        assertEquals("unknown precision 'half' (allowed: float, double, auto)", e.getMessage());
    }
}
