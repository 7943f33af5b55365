package dev.mandel.cli;

import dev.mandel.poster.PosterSpec;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.view.Viewport;

/**
 * Renders a small copy of a view until the JIT has compiled the kernel, so the timed render
 * measures the kernel and the schedule rather than the interpreter.
 *
 * <p>Why it matters: the Vector API is only fast once C2 has compiled (intrinsified) the kernel;
 * before that every vector operation is an allocated object. In a fresh JVM a 960x960 classroom
 * render took 2.1 s, the same render warm 0.09-0.14 s, and the cold run even hid the lesson: the
 * cheap band, stuck in slow code for all of its 480 rows, took as long as the expensive one (load
 * balance 1.05 cold against 2.00 warm on two static bands). The copy keeps the view's region, iteration
 * limit and colouring mode, so it runs the same code; the limit is capped low (the compiled code
 * does not depend on it, but the first, uncompiled round costs seconds at 1000 iterations and under
 * a second at 64). Rounds repeat until one is no longer clearly faster than the one before, within
 * a time cap.
 */
final class Warmup {

    private static final int MIN_ROUNDS = 3;
    private static final int MAX_ROUNDS = 40;
    private static final long MAX_NANOS = 3_000_000_000L;
    /** A round at least this much faster than the previous one means the JIT is still at work. */
    private static final double STILL_IMPROVING = 0.9;
    private static final int MAX_WIDTH = 320;
    private static final int MAX_HEIGHT = 240;
    private static final int MAX_ITER = 64;
    /** Pixels in the vector kernel's widest block: 4 vectors of 8 doubles. */
    private static final int ROW_BLOCK = 32;
    /** Iteration cap of the final round at the view's own limit. */
    private static final int FULL_LIMIT_CAP = 5000;

    /**
     * A width no larger than about {@link #MAX_WIDTH} with the same remainder as the real width
     * modulo {@link #ROW_BLOCK}: the vector kernel runs a row's remainder through smaller blocks and
     * a masked tail, and a warm-up that never reached them left them to the interpreter in the
     * timed render (1200 pixels leave 16 after the 32-pixel blocks; the full view ran at a fifth of
     * its speed).
     */
    static int warmupWidth(int width) {
        return width <= MAX_WIDTH ? width : MAX_WIDTH - MAX_WIDTH % ROW_BLOCK + width % ROW_BLOCK;
    }

    /** What a warm-up did. */
    record Report(int rounds, long nanos) {
    }

    private Warmup() {
    }

    static Report run(Renderer renderer, PosterSpec spec) {
        Viewport v = spec.view();
        Viewport small = v.withSize(warmupWidth(v.width()), Math.min(v.height(), MAX_HEIGHT));
        RenderRequest copy = RenderRequest.of(small, Math.min(spec.maxIter(), MAX_ITER))
                .withSchedule(spec.schedule(), spec.partitionFactor())
                .withSmooth(spec.smooth());
        long start = System.nanoTime();
        long previous = Long.MAX_VALUE;
        int rounds = 0;
        while (rounds < MAX_ROUNDS && System.nanoTime() - start < MAX_NANOS) {
            long t = renderer.render(copy).wallNanos();
            rounds++;
            if (rounds >= MIN_ROUNDS && t > STILL_IMPROVING * previous) {
                break;
            }
            previous = t;
        }
        // One last round at the real limit (capped) on a smaller copy: the rounds above never ran
        // a block past 64 steps, and C2 recompiles when the timed render first does, which cost the
        // first band of a static classroom render several milliseconds.
        Viewport tiny = v.withSize(warmupWidth(v.width()), Math.min(v.height(), MAX_HEIGHT / 2));
        renderer.render(RenderRequest.of(tiny, Math.min(spec.maxIter(), FULL_LIMIT_CAP))
                .withSchedule(spec.schedule(), spec.partitionFactor())
                .withSmooth(spec.smooth()));
        return new Report(rounds + 1, System.nanoTime() - start);
    }
}
