package dev.mandel.video;

import java.math.BigDecimal;

/**
 * Keyframes at 2x zoom steps, the way Kalles Fraktaler exports them for zoomasm: keyframe
 * {@code i} is the target view widened {@code 2^i} times, from {@code i = 0} (the target itself)
 * to the first one at least as wide as the zoom's first frame.
 *
 * <p>A frame whose span lies between keyframes {@code i} and {@code i + 1} is drawn from those two:
 * its middle from the sharper keyframe {@code i}, which covers it at up to 2x the frame's
 * resolution, and the border that keyframe does not reach from keyframe {@code i + 1}.
 */
public record KeyframeLadder(ZoomPlan plan, int count) {

    public static KeyframeLadder of(ZoomPlan plan) {
        // A hair below the exact octave count, so a zoom of exactly 2^k needs k + 1 keyframes, not k + 2.
        int top = (int) Math.ceil(plan.octaves() - 1e-9);
        return new KeyframeLadder(plan, Math.max(1, top) + 1);
    }

    /** The span of keyframe {@code i}: the target's span times {@code 2^i}, exactly. */
    public BigDecimal span(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("keyframe " + i + " of " + count);
        }
        return plan.endSpan().multiply(BigDecimal.valueOf(2).pow(i));
    }

    public ZoomView keyframe(int i) {
        return plan.view(span(i));
    }

    /** The sharper of the two keyframes frame {@code k} is drawn from (the other is one above). */
    public int innerFor(int k) {
        double octavesAboveTarget = Spans.log2Ratio(plan.span(k), plan.endSpan());
        int inner = (int) Math.floor(octavesAboveTarget);
        return Math.max(0, Math.min(count - 2, inner));
    }

    /** How much wider frame {@code k} is than its inner keyframe: 1 (exactly it) up to 2. */
    public double scaleOverInner(int k) {
        return Math.pow(2, Spans.log2Ratio(plan.span(k), plan.endSpan()) - innerFor(k));
    }
}
