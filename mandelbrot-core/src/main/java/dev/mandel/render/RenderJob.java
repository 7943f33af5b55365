package dev.mandel.render;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.schedule.RowPartition;
import dev.mandel.schedule.SplitTask;
import dev.mandel.schedule.WorkerPool;
import dev.mandel.view.Viewport;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One frame being rendered: start it with {@link Renderer#start}, poll {@link #progress()}, and
 * {@link #cancel()} it or {@link #await()} its {@link Frame}.
 *
 * <p>Each task writes only its own rows of {@code counts}, its own slots of {@code rowTotals}, its
 * own trace slot and its own progress counter; nothing on the row loop is shared and written.
 * Cancellation is a volatile flag read once per row. A cancelled job never yields a frame: its
 * future completes with a {@link CancellationException}.
 */
public final class RenderJob {

    private final RenderRequest request;
    private final EscapeKernel kernel;
    private final int threads;
    private final RowPartition partition;
    private final int[] counts;
    private final double[] escapeMag2;
    private final long[] rowTotals;
    private final TaskTrace trace;
    private final RowProgress progress;
    private final CompletableFuture<Frame> result = new CompletableFuture<>();
    private volatile boolean cancelled;
    /** Frame start, set by the root task before any row task can run. */
    private long origin;

    RenderJob(RenderRequest request, EscapeKernel kernel, int threads) {
        this.request = request;
        this.kernel = kernel;
        this.threads = threads;
        int tasks = request.schedule().taskCount(request.rows(), threads, request.partitionFactor());
        this.partition = RowPartition.contiguous(request.firstRow(), request.rows(), tasks);
        int pixels = Math.toIntExact(request.pixels());
        this.counts = new int[pixels];
        this.escapeMag2 = request.smooth() ? new double[pixels] : null;
        this.rowTotals = new long[request.rows()];
        this.trace = new TaskTrace(tasks, request.schedule().workers(threads));
        this.progress = new RowProgress(partition);
    }

    /** Runs the whole frame; called once, on a pool worker. */
    void run() {
        try {
            origin = System.nanoTime();
            new SplitTask(0, partition.tasks(), this::runTask).invoke();
            long wall = System.nanoTime() - origin;
            if (cancelled) {
                result.completeExceptionally(new CancellationException("render cancelled"));
            } else {
                result.complete(new Frame(request, kernel.name(), threads, counts, escapeMag2, rowTotals,
                        partition, trace, wall));
            }
        } catch (Throwable t) {
            result.completeExceptionally(t);
        }
    }

    private void runTask(int task) {
        long start = System.nanoTime() - origin;
        int worker = WorkerPool.currentWorkerId();
        Viewport view = request.view();
        int width = view.width();
        int maxIter = request.maxIter();
        int first = partition.start(task);
        int end = partition.end(task);
        int base = request.firstRow();
        long iterations = 0;
        int row = first;
        for (; row < end && !cancelled; row++) {
            int local = row - base;
            long cost = escapeMag2 == null
                    ? kernel.row(view, row, maxIter, counts, local * width)
                    : kernel.smoothRow(view, row, maxIter, counts, escapeMag2, local * width);
            rowTotals[local] = cost;
            iterations += cost;
            progress.rowCompleted(task, row - first + 1);
        }
        trace.record(task, first, row - 1, worker, start, System.nanoTime() - origin, iterations);
    }

    public RenderRequest request() {
        return request;
    }

    /** Asks the workers to stop after their current row; the frame will not be delivered. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** Rows completed so far; safe to poll from any thread while the frame renders. */
    public RowProgress progress() {
        return progress;
    }

    /**
     * The counts array being filled. Rows that {@link #progress()} reports done are final and may
     * be read (for progressive display); other rows may be mid-write.
     */
    public int[] liveCounts() {
        return counts;
    }

    /** As {@link #liveCounts()}, for smooth renders; {@code null} otherwise. */
    public double[] liveEscapeMag2() {
        return escapeMag2;
    }

    /** Per-row totals being filled; entries of done rows are final. */
    public long[] liveRowTotals() {
        return rowTotals;
    }

    /** Completes with the frame, or exceptionally with a {@link CancellationException}. */
    public CompletableFuture<Frame> future() {
        return result;
    }

    /** Waits for the frame. Throws {@link CancellationException} if the job was cancelled. */
    public Frame await() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
