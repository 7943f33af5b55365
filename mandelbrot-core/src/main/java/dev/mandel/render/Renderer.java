package dev.mandel.render;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.schedule.Schedule;
import dev.mandel.schedule.WorkerPool;


/**
 * A kernel and an owned pool of worker threads: renders frames, one or many at a time.
 *
 * <p>Frames run on the pool, never on the caller's thread, so a viewer can start one from its UI
 * thread. Several frames may render at once on one renderer; they share the workers. Close the
 * renderer to stop its threads.
 */
public final class Renderer implements AutoCloseable {

    private final EscapeKernel kernel;
    private final WorkerPool pool;

    public Renderer(EscapeKernel kernel, int threads) {
        this.kernel = kernel;
        this.pool = new WorkerPool(threads);
    }

    public EscapeKernel kernel() {
        return kernel;
    }

    public int threads() {
        return pool.parallelism();
    }

    /** Starts a frame and returns at once. Refuses a frame that would not fit the heap. */
    public RenderJob start(RenderRequest request) {
        return start(request, kernel);
    }

    /**
     * Starts a frame computed by {@code frameKernel} instead of this renderer's kernel, on the same
     * pool: deep frames bring a kernel of their own (orbit, table) per view, and a viewer should not
     * start a new pool for each.
     */
    public RenderJob start(RenderRequest request, EscapeKernel frameKernel) {
        MemoryBudget.requireFits(request.frameBytes(),
                "a " + request.view().width() + "x" + request.rows() + " frame");
        RenderJob job = new RenderJob(request, frameKernel, pool.parallelism());
        pool.workArriving();
        job.start(pool);
        return job;
    }

    /**
     * Keeps the workers that {@code next} frames use spinning for up to {@code nanos} or until the
     * next frame starts (see {@link WorkerPool#keepAwake}).
     */
    public void keepAwake(long nanos, Schedule next) {
        pool.keepAwake(nanos, next == Schedule.STATIC);
    }

    /**
     * Wakes every worker that {@code next} frames use and waits until they spin (see
     * {@link WorkerPool#wake}); returns whether all woke.
     */
    public boolean wake(long spinNanos, long timeoutNanos, Schedule next) {
        return pool.wake(spinNanos, timeoutNanos, next == Schedule.STATIC);
    }

    /** Renders a frame and waits for it. */
    public Frame render(RenderRequest request) {
        return start(request).await();
    }

    @Override
    public void close() {
        pool.close();
    }
}
