package dev.mandel.deep;

import dev.mandel.render.Frame;
import dev.mandel.render.RenderJob;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deep engine's parts: numbers, mapping, orbit, reuse, limits, and frames on the renderer. */
class DeepEngineTest {

    private static final String FLAKE = DeepAgreementTest.FLAKE;

    @Test
    void floatExpKeepsValuesFarBeyondDouble() {
        FloatExp tiny = FloatExp.of(new BigDecimal("3e-1000"));
        assertEquals(-999.52, tiny.log10(), 0.01);
        FloatExp square = tiny.times(tiny);
        assertEquals(2 * tiny.log10(), square.log10(), 1e-9);
        assertEquals(0.0, tiny.toDouble());
        FloatExp sum = tiny.plus(tiny.times(2));
        assertEquals(Math.log10(9) - 1000, sum.log10(), 1e-9);
        assertEquals(1.5, FloatExp.of(3).divide(FloatExp.of(2)).toDouble());
        assertTrue(FloatExp.of(-1e-300).compareTo(FloatExp.of(1e-310)) < 0);
    }

    @Test
    void pixelMappingIsTheExactSection2Mapping() {
        // W = 4, H = 2, centre 1, span 2: d = 0.5, cr = 1 - 1 + i/2, ci = 0.5 - j/2.
        DeepView v = DeepView.parse("1,0", "2", 4, 2);
        BigInteger[] p = v.fixedPixel(3, 1, 10);
        assertEquals(BigInteger.valueOf((long) (1.5 * 1024)), p[0]);
        assertEquals(BigInteger.ZERO, p[1]);
        BigDecimal[] d = v.pixel(1, 0, 30);
        assertEquals(0, d[0].compareTo(new BigDecimal("0.5")));
        assertEquals(0, d[1].compareTo(new BigDecimal("0.5")));
    }

    @Test
    void viewsSwitchToTheDeepPathWhereDoubleStopsResolving() {
        assertTrue(DeepView.parse("-0.75,0", "3", 800, 600).fitsDouble());
        assertFalse(DeepView.parse("-0.75,0.1", "1e-14", 800, 600).fitsDouble());
        assertFalse(DeepSetup.extended(DeepView.parse("-0.75,0.1", "1e-280", 800, 600)));
        assertTrue(DeepSetup.extended(DeepView.parse("-0.75,0.1", "1e-300", 800, 600)));
    }

    @Test
    void badViewsAreRefusedWithOneLine() {
        assertThrows(IllegalArgumentException.class, () -> DeepView.parse("1", "1e-5", 8, 8));
        assertThrows(IllegalArgumentException.class, () -> DeepView.parse("a,0", "1e-5", 8, 8));
        assertThrows(IllegalArgumentException.class, () -> DeepView.parse("0,0", "-1", 8, 8));
        assertThrows(IllegalArgumentException.class, () -> DeepView.parse("0,0", "1e-3000", 8, 8));
        assertThrows(IllegalArgumentException.class, () -> DeepView.parse("0,0", "1e-20", 0, 8));
    }

    @Test
    void anExtendedOrbitEqualsOneComputedInOneGo() {
        DeepView v = DeepView.parse(FLAKE, "1e-50", 16, 16);
        ReferenceOrbit whole = ReferenceOrbit.forCentre(v, 3000, () -> false);
        ReferenceOrbit pieces = ReferenceOrbit.forCentre(v, 1000, () -> false).extendedTo(3000, () -> false);
        assertEquals(whole.length(), pieces.length());
        for (int n = 0; n < whole.length(); n++) {
            assertEquals(whole.re(n), pieces.re(n));
            assertEquals(whole.im(n), pieces.im(n));
        }
        assertEquals(3001, whole.length());
        assertFalse(whole.escaped());
    }

    @Test
    void orbitOfAPointOutsideTheSetEndsAtItsEscape() {
        ReferenceOrbit o = ReferenceOrbit.forCentre(DeepView.parse("1,1", "1e-20", 4, 4), 1000, () -> false);
        assertTrue(o.escaped());
        assertEquals(2, o.iterations()); // 0, 1+i, 1+3i: |1+3i|^2 = 10 > 4
    }

    @Test
    void theOrbitIsReusedWhileItsPointStaysInTheView() {
        DeepView v = DeepView.parse(FLAKE, "1e-40", 64, 48);
        DeepSetup first = DeepSetup.prepare(v, 2000, null, () -> false);
        DeepView panned = new DeepView(v.centreRe().add(new BigDecimal("1e-41")), v.centreIm(), v.span(), 64, 48);
        DeepSetup second = DeepSetup.prepare(panned, 2000, first.orbit(), () -> false);
        assertTrue(second.orbitReused());
        assertSame(first.orbit(), second.orbit());
        DeepView away = new DeepView(v.centreRe().add(new BigDecimal("1e-39")), v.centreIm(), v.span(), 64, 48);
        assertFalse(DeepSetup.prepare(away, 2000, first.orbit(), () -> false).orbitReused());
        DeepView deeper = new DeepView(v.centreRe(), v.centreIm(), new BigDecimal("1e-80"), 64, 48);
        assertFalse(DeepSetup.prepare(deeper, 2000, first.orbit(), () -> false).orbitReused(),
                "an orbit without the bits for a deeper view is not reused");
    }

    @Test
    void aReusedOrbitGivesTheSameCountsAsAFreshOne() {
        DeepView v = DeepView.parse(FLAKE, "1e-40", 24, 16);
        DeepSetup fresh = DeepSetup.prepare(v, 3000, null, () -> false);
        DeepView offCentre = new DeepView(v.centreRe().add(new BigDecimal("3e-41")),
                v.centreIm().subtract(new BigDecimal("2e-41")), v.span(), 24, 16);
        DeepSetup reused = DeepSetup.prepare(offCentre, 3000, fresh.orbit(), () -> false);
        DeepSetup own = DeepSetup.prepare(offCentre, 3000, null, () -> false);
        assertTrue(reused.orbitReused());
        int[] a = render(reused, Schedule.SEQUENTIAL, 1);
        int[] b = render(own, Schedule.SEQUENTIAL, 1);
        int same = 0;
        for (int p = 0; p < a.length; p++) {
            same += a[p] == b[p] ? 1 : 0;
        }
        assertTrue(same >= 0.99 * a.length, same + " of " + a.length);
    }

    @Test
    void autoLimitGrowsWithDepth() {
        int shallow = DeepSetup.prepare(DeepView.parse("-0.75,0.1", "1e-15", 32, 24), 0, null, () -> false).maxIter();
        int deep = DeepSetup.prepare(DeepView.parse(FLAKE, "1e-60", 32, 24), 0, null, () -> false).maxIter();
        assertTrue(shallow >= DeepSetup.depthLimit(DeepView.parse("-0.75,0.1", "1e-15", 32, 24)));
        assertTrue(deep > shallow, deep + " <= " + shallow);
    }

    @Test
    void framesAreTheSameOnEverySchedule() {
        DeepSetup s = DeepSetup.prepare(DeepView.parse(FLAKE, "1e-40", 40, 30), 3000, null, () -> false);
        int[] sequential = render(s, Schedule.SEQUENTIAL, 1);
        assertArrayEquals(sequential, render(s, Schedule.STATIC, 2));
        assertArrayEquals(sequential, render(s, Schedule.FORKJOIN, 2));
    }

    @Test
    void rowCostsAreStepsAndTheTraceCoversEveryRow() {
        DeepSetup s = DeepSetup.prepare(DeepView.parse(FLAKE, "1e-40", 40, 30), 3000, null, () -> false);
        try (Renderer r = new Renderer(s.kernel(), 2)) {
            Frame f = r.render(RenderRequest.of(s.gridViewport(), s.maxIter()));
            long steps = 0;
            for (int row = 0; row < 30; row++) {
                assertEquals(s.kernel().perturbationSteps(row) + s.kernel().blaSteps(row), f.rowTotals()[row]);
                steps += f.rowTotals()[row];
            }
            assertEquals(s.kernel().totalPerturbationSteps() + s.kernel().totalBlaSteps(), steps);
            long iterations = 0;
            for (int c : f.counts()) {
                iterations += c;
            }
            assertTrue(steps < iterations / 5, steps + " steps for " + iterations + " iterations");
            int rows = 0;
            for (int t = 0; t < f.trace().tasks(); t++) {
                rows += f.trace().lastRow(t) - f.trace().firstRow(t) + 1;
            }
            assertEquals(30, rows);
        }
    }

    @Test
    void aCancelledDeepFrameIsNeverDelivered() {
        DeepSetup s = DeepSetup.prepare(DeepView.parse(FLAKE, "1e-40", 200, 150), 3000, null, () -> false);
        try (Renderer r = new Renderer(s.kernel(), 2)) {
            RenderJob job = r.start(RenderRequest.of(s.gridViewport(), s.maxIter()));
            job.cancel();
            assertThrows(CancellationException.class, job::await);
        }
    }

    @Test
    void orbitComputationStopsWhenCancelled() {
        assertThrows(CancellationException.class,
                () -> DeepSetup.prepare(DeepView.parse(FLAKE, "1e-100", 20, 20), 100_000, null, () -> true));
    }

    private static int[] render(DeepSetup s, Schedule schedule, int threads) {
        try (Renderer r = new Renderer(s.kernel(), threads)) {
            return r.render(RenderRequest.of(s.gridViewport(), s.maxIter()).withSchedule(schedule, 4)).counts();
        }
    }
}
