package dev.mandel.gui.model;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Viewport;

import java.util.concurrent.CompletableFuture;

/**
 * Gets the JIT to compile the escape kernel before the viewer needs it, on one background thread
 * started as the process starts (while JavaFX is still bringing up its window).
 *
 * <p>Why: the Vector API is only fast once C2 has compiled the kernel; until then every vector
 * operation is an allocated object and a frame of the whole set took 4-7 s instead of 25 ms. The
 * command line warms up on a small copy of the view it is about to render, but the viewer does not
 * know its first view's width until the window is laid out, and a user resizes at will. So the
 * rounds here cycle through row widths {@code 64 .. 127}: every remainder modulo the kernel's
 * widest block (up to 8 vectors of 8 doubles) occurs, so the JIT profiles every block shape and the
 * masked tail, and no width later falls back to the interpreter or forces a recompilation. Each
 * round runs a few rows of the whole set at a low iteration limit (cheap even interpreted), then,
 * once rounds stop getting faster, one round at a full limit so the long-running loop is compiled
 * with a profile that has seen it run long.
 *
 * <p>Both the double kernel and its single-precision twin are warmed, round by round: with auto
 * precision the whole set on screen at start-up renders in float, and a zoomed view in double, and
 * a first frame on the one kernel left cold took 2-3 s.
 *
 * <p>One thread, not all cores: the other core brings up the window and renders the first frame.
 */
public final class KernelWarmup {

    /** Rounds before the "stopped improving" test may end the warm-up. */
    private static final int MIN_ROUNDS = 4;
    /** A round at least this much faster than the previous one means the JIT is still at work. */
    private static final double STILL_IMPROVING = 0.9;
    /** Steady rounds in a row that end it: one flat round can fall between two compilations. */
    private static final int STEADY_ROUNDS = 2;
    /** The warm-up gives up after this long (a very busy machine): frames then say nothing more about it. */
    private static final long MAX_NANOS = 10_000_000_000L;
    private static final int FIRST_WIDTH = 64;
    private static final int WIDTHS = 64;
    private static final int ROWS = 3;
    private static final int LOW_LIMIT = 64;
    private static final int FULL_LIMIT = 1000;

    private final CompletableFuture<Result> done = new CompletableFuture<>();
    private final long startNanos = System.nanoTime();

    /** What the warm-up did: its rounds and how long it took. */
    public record Result(int rounds, long nanos) {
    }

    private KernelWarmup() {
    }

    /** Starts warming {@code kernel} on a daemon thread and returns at once. */
    public static KernelWarmup start(EscapeKernel kernel) {
        return startAll(() -> java.util.List.of(kernel));
    }

    /**
     * Starts a daemon thread that makes the kernel with {@code kernel} (which may calibrate the
     * vector interleave first: better there than on the main or UI thread) and warms it.
     */
    public static KernelWarmup start(java.util.function.Supplier<EscapeKernel> kernel) {
        return startAll(() -> java.util.List.of(kernel.get()));
    }

    /** As {@link #start(java.util.function.Supplier)} for several kernels, each warmed in every round. */
    public static KernelWarmup startAll(java.util.function.Supplier<java.util.List<EscapeKernel>> kernels) {
        KernelWarmup w = new KernelWarmup();
        Thread.ofPlatform().daemon().name("kernel-warmup").start(() -> {
            java.util.List<EscapeKernel> k;
            try {
                k = kernels.get();
            } catch (RuntimeException e) {
                System.err.println("warning: kernel warm-up stopped: " + e.getMessage());
                w.done.complete(new Result(0, System.nanoTime() - w.startNanos));
                return;
            }
            w.run(k);
        });
        return w;
    }

    /** A warm-up that has nothing to do (tests, or warm-up switched off). */
    public static KernelWarmup none() {
        KernelWarmup w = new KernelWarmup();
        w.done.complete(new Result(0, 0));
        return w;
    }

    /** Completes when the kernel is compiled (or the time cap is reached); never exceptionally. */
    public CompletableFuture<Result> done() {
        return done;
    }

    public boolean isDone() {
        return done.isDone();
    }

    /** Nanoseconds since the warm-up started. */
    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }

    private void run(java.util.List<EscapeKernel> kernels) {
        int rounds = 0;
        java.util.List<Renderer> renderers = new java.util.ArrayList<>();
        try {
            for (EscapeKernel k : kernels) {
                renderers.add(new Renderer(k, 1));
            }
            long previous = Long.MAX_VALUE;
            int steady = 0;
            while (System.nanoTime() - startNanos < MAX_NANOS) {
                long t = 0;
                for (Renderer renderer : renderers) {
                    t += round(renderer, LOW_LIMIT, rounds, startNanos + MAX_NANOS);
                }
                rounds++;
                steady = t < STILL_IMPROVING * previous ? 0 : steady + 1;
                previous = t;
                if (rounds >= MIN_ROUNDS && steady >= STEADY_ROUNDS) {
                    break;
                }
            }
            for (Renderer renderer : renderers) {
                round(renderer, FULL_LIMIT, rounds, startNanos + MAX_NANOS);
            }
            rounds++;
        } catch (RuntimeException | Error e) {
            // A failed warm-up only costs speed; the first real frame reports any real problem.
            System.err.println("warning: kernel warm-up stopped: " + e);
        } finally {
            renderers.forEach(Renderer::close);
            done.complete(new Result(rounds, System.nanoTime() - startNanos));
        }
    }

    /**
     * One round: a few rows of the whole set at every width {@code 64 .. 127}, plain and smooth
     * (the smooth path is a separate loop), over-partitioned and sequential (both run paths).
     */
    private static long round(Renderer renderer, int limit, int round, long deadline) {
        long start = System.nanoTime();
        for (int k = 0; k < WIDTHS && System.nanoTime() - deadline < 0; k++) {
            Viewport v = Viewport.fullSet(FIRST_WIDTH + k, ROWS * 4);
            RenderRequest r = RenderRequest.of(v, limit).withRows(ROWS * 2 - 1, ROWS);
            Schedule s = (k + round) % 2 == 0 ? Schedule.FORKJOIN : Schedule.SEQUENTIAL;
            renderer.render(r.withSchedule(s, 2).withSmooth(k % 8 == 7));
        }
        return System.nanoTime() - start;
    }
}
