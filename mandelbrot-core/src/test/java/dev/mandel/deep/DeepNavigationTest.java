package dev.mandel.deep;

import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exact zoom and pan past double precision, and the orbit kept between frames. */
class DeepNavigationTest {

    @Test
    void zoomKeepsThePointUnderThePointerFixedAtAnyDepth() {
        DeepView v = DeepView.parse("-0.743643887037158704752191506114774,0.131825904205311970493132056385139",
                "1e-30", 800, 600);
        DeepView z = DeepNavigation.zoomAt(v, 200, 150, 4);
        assertEquals(0, z.span().compareTo(new BigDecimal("2.5e-31")));
        // Pixel (200, 150) is the same point of the plane before and after, to 1e-6 pixel.
        BigInteger[] before = v.fixedPixel(200, 150, 200);
        BigInteger[] after = z.fixedPixel(200, 150, 200);
        double pixel = Math.scalb(1.0, 200) * 1e-30 / 800;
        assertTrue(Math.abs(before[0].subtract(after[0]).doubleValue()) < pixel * 1e-6);
        assertTrue(Math.abs(before[1].subtract(after[1]).doubleValue()) < pixel * 1e-6);
    }

    @Test
    void oneHundredFiftyWheelStepsGoFarPastDouble() {
        DeepView v = DeepNavigation.of(Viewport.centered(-0.75, 0.1, 3, 800, 600));
        for (int step = 0; step < 150; step++) {
            v = DeepNavigation.zoomAt(v, 431, 289, 1.25);
        }
        assertTrue(v.log10Span() < -13.5, "span " + v.spanText());
        assertTrue(!v.fitsDouble());
        assertTrue(v.centreRe().precision() < 60, "centre digits stay bounded: " + v.centreRe());
    }

    @Test
    void panMovesByWholePixels() {
        DeepView v = DeepView.parse("0,0", "8", 8, 8);
        DeepView p = DeepNavigation.pan(v, 2, -1);
        assertEquals(0, p.centreRe().compareTo(new BigDecimal("-2")));
        assertEquals(0, p.centreIm().compareTo(new BigDecimal("-1")));
    }

    @Test
    void boxZoomFitsTheBox() {
        DeepView v = DeepView.parse("0,0", "8", 8, 8);
        DeepView b = DeepNavigation.zoomToBox(v, 4, 4, 8, 8);
        assertEquals(0, b.span().compareTo(new BigDecimal("4")));
        assertEquals(0, b.centreRe().compareTo(new BigDecimal("2")));
        assertEquals(0, b.centreIm().compareTo(new BigDecimal("-2")));
    }

    @Test
    void theCacheReusesTheOrbitAcrossPansAndDropsItForAFarJump() {
        OrbitCache cache = new OrbitCache();
        DeepView v = DeepView.parse(DeepAgreementTest.FLAKE, "1e-40", 80, 60);
        DeepSetup first = cache.prepare(v, 2000, () -> false);
        DeepSetup panned = cache.prepare(DeepNavigation.pan(v, 10, 5), 2000, () -> false);
        assertSame(first.orbit(), panned.orbit());
        DeepSetup far = cache.prepare(DeepNavigation.pan(v, 400, 0), 2000, () -> false);
        assertNotSame(first.orbit(), far.orbit());
        assertSame(far.orbit(), cache.last());
    }
}
