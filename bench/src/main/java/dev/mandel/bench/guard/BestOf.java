package dev.mandel.bench.guard;

import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;

import java.util.Arrays;

/**
 * Two renders compared inside one process: warmed up until the JIT has compiled them, then timed in
 * alternation, keeping each one's fastest frame.
 *
 * <p>Why the minimum: on a shared machine noise only ever adds time (another process takes the core,
 * the OS migrates a thread), so the fastest of several frames is the best estimate of what the code
 * can do, and alternating the two renders gives both the same chances at a quiet moment. Why a
 * ratio: both sides suffer the machine's speed alike, so the ratio moves far less than either time.
 */
final class BestOf {

    private BestOf() {
    }

    /** The fastest wall time of each render, in nanoseconds, and the last frames (for checking). */
    record Result(long slowNanos, long fastNanos, Frame slowFrame, Frame fastFrame) {
        double ratio() {
            return (double) slowNanos / fastNanos;
        }
    }

    static Result compare(Renderer slow, RenderRequest slowRequest, Renderer fast, RenderRequest fastRequest,
                          long warmupNanos, int rounds) {
        long until = System.nanoTime() + warmupNanos;
        int warm = 0;
        Frame a = null;
        Frame b = null;
        // At least a few frames each, and at least warmupNanos in all: C2 compiles the kernel's loop
        // after some thousands of iterations of it, and the first frames run interpreted or C1 code.
        while (warm < 3 || System.nanoTime() < until) {
            a = slow.render(slowRequest);
            b = fast.render(fastRequest);
            warm++;
        }
        long bestSlow = Long.MAX_VALUE;
        long bestFast = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            a = slow.render(slowRequest);
            bestSlow = Math.min(bestSlow, a.wallNanos());
            b = fast.render(fastRequest);
            bestFast = Math.min(bestFast, b.wallNanos());
        }
        return new Result(bestSlow, bestFast, a, b);
    }

    /** True when two frames hold the same counts: a fast render that is wrong must not pass as fast. */
    static boolean sameCounts(Frame x, Frame y) {
        return Arrays.equals(x.counts(), y.counts());
    }
}
