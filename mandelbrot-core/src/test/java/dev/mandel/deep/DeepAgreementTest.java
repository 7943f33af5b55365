package dev.mandel.deep;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deep path against direct high-precision iteration of the exact pixel centres
 * (docs/deep-zoom.md, section 1): at least 99% identical pixels, the rest off by at most a few
 * iterations. Locations: algebraic points at any depth, public perturbation test locations
 * (Fractalshades' glitch regressions, Dinkydau's Flake, the seahorse point at 3.18e31), and
 * spans of 1e-20, 1e-40 and 1e-320.
 */
class DeepAgreementTest {

    /** Dinkydau's "Flake" (period 7884 minibrot region), as published with Fractalshades' tests. */
    static final String FLAKE = "-1.99996619445037030418434688506350579675531241540724851511761922944801584242342684381376"
            + "129778868913812287046406560949864353810575744772166485672496092803920095332,"
            + "0.0000000000000000000000000000000003001382436790938324072497303977592498734683119077333527017425"
            + "7280120474975614823581185647299288414075519224186504978181625478529";

    private static Agreement check(String centre, String span, int w, int h, int maxIter) {
        Agreement a = Agreement.measure(DeepView.parse(centre, span, w, h), maxIter);
        assertTrue(a.identicalShare() >= 0.99, a::toString);
        assertTrue(a.largestDifference() <= 3, a::toString);
        return a;
    }

    @Test
    void minusTwoAtAnyDepthOnBothNumberTypes() {
        // c = -2 sits exactly on the circle from n = 2 on (0, -2, 2, 2, ...): half the grid escapes
        // at once and the other half late, which only the exact escape test gets right.
        for (String span : new String[] {"1e-20", "1e-200", "1e-320", "1e-1000"}) {
            Agreement a = check("-2,0", span, 12, 8, 2500);
            assertEquals(a.deep().length, a.identical(), a::toString);
            assertTrue(a.distinctCounts() > 3, a::toString);
        }
    }

    @Test
    void iAtAnyDepthOnBothNumberTypes() {
        // c = i is preperiodic (0, i, -1+i, -i, -1+i, ...): neighbours escape after a number of
        // iterations that grows with depth.
        for (String span : new String[] {"1e-40", "1e-320", "1e-1000"}) {
            Agreement a = check("0,1", span, 12, 8, 8000);
            assertEquals(a.deep().length, a.identical(), a::toString);
            assertTrue(a.distinctCounts() > 5, a::toString);
        }
    }

    @Test
    void spanOf1e20AtFractalshadesE20() {
        Agreement a = check("-1.74928893611435556407228,0", "5e-20", 20, 15, 3000);
        assertTrue(a.distinctCounts() > 20, a::toString);
    }

    @Test
    void spanOf1e40AtTheFlake() {
        Agreement a = check(FLAKE, "1e-40", 20, 15, 3000);
        assertTrue(a.distinctCounts() > 20, a::toString);
    }

    @Test
    void spanOf1e320ExtendedRange() {
        Agreement a = check(FLAKE + "1234567890987654321", "1e-320", 6, 4, 40000);
        assertTrue(a.numberType().startsWith("extended"), a::toString);
    }

    @Test
    void fractalshadesGlitchRegressions() {
        // fail2 (divergent reference) and fail5 from Fractalshades' perturbation tests.
        Agreement fail2 = check("-1.36768994867991128,0.00949048853859240532", "2.477633848347765e-8", 20, 15, 2000);
        assertTrue(fail2.distinctCounts() > 20, fail2::toString);
        Agreement fail5 = check("-1.8583883137588246496170054595,0.00006262891385688950958921",
                "4.688599337510725e-19", 20, 15, 3000);
        assertTrue(fail5.distinctCounts() > 10, fail5::toString);
    }

    @Test
    void theFlakeAt1_8e157() {
        Agreement a = check(FLAKE, "1.8e-157", 6, 4, 50000);
        assertTrue(a.distinctCounts() > 3, a::toString);
    }

    @Test
    void seahorseAt3_18e31() {
        // Mandelbrot.site's corpus: Wikimedia's seahorse zoom centre, magnification 3.18e31 of a
        // span of 4; pixels around it escape after about 56,000 to 67,000 iterations.
        Agreement a = check("-0.743643887037158704752191506114774,0.131825904205311970493132056385139",
                "1.2578616352201257e-31", 4, 3, 100000);
        assertTrue(a.distinctCounts() > 2, a::toString);
    }
}
