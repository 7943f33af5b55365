package dev.mandel.video;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoomPlanTest {

    private static ZoomPlan plan(String end, int frames) {
        return new ZoomPlan("-0.75", "0.1", new BigDecimal("4"), new BigDecimal(end), frames, 64, 36,
                IterationLimit.auto());
    }

    @Test
    void framesAreSecondsTimesFpsExactly() {
        assertEquals(600, ZoomPlan.frameCount(20, 30));
        assertEquals(75, ZoomPlan.frameCount(2.5, 30));
        assertThrows(IllegalArgumentException.class, () -> ZoomPlan.frameCount(2.51, 30));
        assertThrows(IllegalArgumentException.class, () -> ZoomPlan.frameCount(0, 30));
        assertThrows(IllegalArgumentException.class, () -> ZoomPlan.frameCount(1, 0));
    }

    @Test
    void spanFallsAtConstantSpeedFromStartToExactlyTheTarget() {
        ZoomPlan p = plan("1e-30", 61);
        assertEquals(new BigDecimal("4"), p.span(0));
        assertEquals(new BigDecimal("1e-30"), p.span(60), "the last frame is the target itself");
        double step = Spans.log10(p.span(1)) - Spans.log10(p.span(0));
        for (int k = 1; k < 61; k++) {
            assertEquals(step, Spans.log10(p.span(k)) - Spans.log10(p.span(k - 1)), 1e-9, "frame " + k);
        }
        assertEquals(Math.log(4e30) / Math.log(2), p.octaves(), 1e-9);
    }

    @Test
    void spansGoBelowWhatADoubleHolds() {
        BigDecimal tiny = Spans.pow10(-400.5);
        assertEquals(-400.5, Spans.log10(tiny), 1e-12);
        ZoomPlan p = plan("1e-500", 3);
        assertEquals((Math.log10(4) - 500) / 2, Spans.log10(p.span(1)), 1e-9, "half way in logarithm");
    }

    @Test
    void autoLimitRisesWithDepthAndFixedStaysPut() {
        IterationLimit auto = IterationLimit.auto();
        assertEquals(IterationLimit.AUTO_BASE, auto.forSpan(new BigDecimal("4")));
        assertEquals(IterationLimit.AUTO_BASE + 10 * IterationLimit.AUTO_PER_OCTAVE, auto.forSpan(new BigDecimal("0.00390625")));
        ZoomPlan p = plan("1e-12", 30);
        for (int k = 1; k < 30; k++) {
            assertTrue(p.frame(k).maxIter() >= p.frame(k - 1).maxIter());
        }
        assertEquals(500, IterationLimit.parse("500").forSpan(new BigDecimal("1e-12")));
        assertThrows(IllegalArgumentException.class, () -> IterationLimit.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> IterationLimit.parse("lots"));
    }

    @Test
    void aZoomGoesIn() {
        assertThrows(IllegalArgumentException.class, () -> plan("4", 10));
        assertThrows(IllegalArgumentException.class, () -> plan("8", 10));
    }

    @Test
    void keyframesAreTheTargetWidenedByPowersOfTwo() {
        ZoomPlan p = new ZoomPlan("0", "0", new BigDecimal("4"), new BigDecimal("0.25"), 9, 64, 36, IterationLimit.auto());
        KeyframeLadder ladder = KeyframeLadder.of(p);
        assertEquals(5, ladder.count(), "0.25 * 2^4 = 4: keyframes 0..4");
        assertEquals(new BigDecimal("4.00"), ladder.span(4));
        for (int k = 0; k < 9; k++) {
            int inner = ladder.innerFor(k);
            double scale = ladder.scaleOverInner(k);
            assertTrue(scale >= 1 - 1e-12 && scale <= 2 + 1e-12, "frame " + k + " lies between its keyframes: " + scale);
            assertEquals(p.span(k).doubleValue(), ladder.span(inner).doubleValue() * scale, 1e-12 * p.span(k).doubleValue());
        }
        assertEquals(0, ladder.innerFor(8));
        assertEquals(1.0, ladder.scaleOverInner(8), "the last frame is keyframe 0 itself");
    }
}
