package dev.mandel.deep;

import java.util.function.BooleanSupplier;

/**
 * {@code --max-iter auto} for deep views (docs/deep-zoom.md, section 7): start from the depth
 * rule, then let the orbit show what the view needs. Probe pixels on the view's border are
 * iterated against the orbit; while fewer than half of them escape, the limit grows fourfold
 * (and the orbit with it); once they do, the limit is twice the largest escape count seen, and
 * never below the depth rule.
 */
record AutoLimit(ReferenceOrbit orbit, int limit) {

    /** Probes per edge of the view. */
    private static final int PROBES_PER_EDGE = 8;

    static AutoLimit choose(DeepView view, ReferenceOrbit orbit, int depthLimit, BooleanSupplier cancelled) {
        int limit = depthLimit;
        while (true) {
            orbit = orbit.extendedTo(limit, cancelled);
            DeepKernel probe = DeepSetup.kernelFor(view, orbit);
            int escaped = 0;
            int probes = 0;
            int highest = 0;
            int w = view.width() - 1;
            int h = view.height() - 1;
            for (int p = 0; p < PROBES_PER_EDGE; p++) {
                int across = (int) ((long) w * p / PROBES_PER_EDGE);
                int down = (int) ((long) h * p / PROBES_PER_EDGE);
                int[][] points = {{across, 0}, {w - across, h}, {0, h - down}, {w, down}};
                for (int[] pt : points) {
                    int n = probe.pixel(pt[0], pt[1], limit);
                    probes++;
                    if (n < limit) {
                        escaped++;
                        highest = Math.max(highest, n);
                    }
                }
            }
            if (2 * escaped >= probes) {
                long wanted = Math.max(depthLimit, 2L * highest);
                return new AutoLimit(orbit, (int) Math.min(DeepSetup.AUTO_CAP, wanted));
            }
            if (limit >= DeepSetup.AUTO_CAP) {
                return new AutoLimit(orbit, DeepSetup.AUTO_CAP);
            }
            limit = (int) Math.min(DeepSetup.AUTO_CAP, 4L * limit);
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("cancelled while choosing the limit");
            }
        }
    }
}
