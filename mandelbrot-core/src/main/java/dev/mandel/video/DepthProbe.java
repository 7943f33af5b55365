package dev.mandel.video;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Chooses a zoom's {@code auto} iteration limits before it starts: small renders of the zoom's
 * own views at a few depths (every {@value #STEP_OCTAVES} octaves and the target), each with a
 * generous limit, measure how many iterations the escaping pixels there need. The limit at each
 * depth is twice their 99th percentile, so nearly every pixel that escapes is coloured, and rises
 * monotonically with depth. The result is one curve for the whole video: the frames themselves
 * never choose their limit.
 */
public final class DepthProbe {

    static final double STEP_OCTAVES = 16;
    /** Width of the probe pictures (the height keeps the zoom's aspect). */
    static final int PROBE_WIDTH = 160;
    /** The probe's limit, as a multiple of the linear rule. */
    static final int HEADROOM = 16;

    private DepthProbe() {
    }

    /** The plan's limit with anchors from probing (a fixed limit is returned as it is). */
    public static IterationLimit limits(ZoomPlan plan, ViewRenderer renderer, CancelSignal cancel) {
        IterationLimit limit = plan.limit();
        if (!limit.isAuto()) {
            return limit;
        }
        double deepest = IterationLimit.octaves(plan.endSpan());
        if (deepest <= 0) {
            return limit;
        }
        int anchors = (int) Math.ceil(deepest / STEP_OCTAVES);
        double[] octaves = new double[anchors];
        int[] limits = new int[anchors];
        int w = Math.min(PROBE_WIDTH, plan.width());
        int h = Math.max(1, (int) Math.round((double) w * plan.height() / plan.width()));
        // Deepest first: a deep engine computes its reference orbit once, for the deepest view.
        for (int a = anchors - 1; a >= 0; a--) {
            boolean target = a == anchors - 1;
            octaves[a] = target ? deepest : (a + 1) * STEP_OCTAVES;
            BigDecimal span = target ? plan.endSpan() : BigDecimal.valueOf(4).divide(BigDecimal.valueOf(2).pow(
                    (int) octaves[a]));
            int linear = IterationLimit.linear(octaves[a]);
            int probeLimit = (int) Math.min(IterationLimit.AUTO_CAP, (long) linear * HEADROOM);
            int[] counts = renderer.counts(new ZoomView(plan.centreRe(), plan.centreIm(), span, w, h, probeLimit), cancel);
            limits[a] = Math.max(linear, Math.min(probeLimit, 2 * percentile99(counts, probeLimit)));
        }
        for (int a = 1; a < anchors; a++) {
            limits[a] = Math.max(limits[a], limits[a - 1]);
        }
        return limit.withAnchors(octaves, limits);
    }

    /** The 99th percentile of the counts below {@code limit} (the escaping pixels), 0 if none escape. */
    static int percentile99(int[] counts, int limit) {
        int[] escaped = Arrays.stream(counts).filter(c -> c < limit).sorted().toArray();
        if (escaped.length == 0) {
            return 0;
        }
        return escaped[Math.min(escaped.length - 1, (int) Math.floor(0.99 * escaped.length))];
    }
}
