package dev.mandel.kernel;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Escape counts worked out by hand from the loop in DESIGN.md section 2. The loop checks
 * {@code |z_n|^2 > 4} before stepping, so {@code n} is the index of the first z outside radius 2.
 */
class KnownPointsTest {

    @Test
    void originNeverEscapes() {
        assertEquals(1000, ScalarKernel.escapeCount(0, 0, 1000));
    }

    @Test
    void farPointEscapesAtStepOne() {
        // z0 = 0 (|z0|^2 = 0), z1 = c = 3 (|z1|^2 = 9 > 4): n = 1.
        assertEquals(1, ScalarKernel.escapeCount(3, 0, 1000));
        assertEquals(1, ScalarKernel.escapeCount(-10, 10, 1000));
    }

    @Test
    void cEqualsOne() {
        // z: 0, 1, 2, 5. |z2|^2 = 4 is not > 4; |z3|^2 = 25 is: n = 3.
        assertEquals(3, ScalarKernel.escapeCount(1, 0, 1000));
    }

    @Test
    void cEqualsOneHalf() {
        // z: 0, 0.5, 0.75, 1.0625, 1.62890625, 3.1533... : |z5|^2 > 4 first, n = 5.
        assertEquals(5, ScalarKernel.escapeCount(0.5, 0, 1000));
    }

    @Test
    void tipOfTheNeedleStaysOnTheCircle() {
        // c = -2: z = 0, -2, 2, 2, ... |z|^2 = 4 is never > 4.
        assertEquals(500, ScalarKernel.escapeCount(-2, 0, 500));
    }

    @Test
    void imaginaryUnitIsPeriodic() {
        // c = i: z = 0, i, -1+i, -i, -1+i, ... bounded.
        assertEquals(700, ScalarKernel.escapeCount(0, 1, 700));
    }

    @Test
    void limitOfOneCountsOnlyTheFirstStep() {
        assertEquals(1, ScalarKernel.escapeCount(0, 0, 1));
        assertEquals(0, ScalarKernel.escapeCount(0, 0, 0));
    }
}
