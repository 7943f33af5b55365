package dev.mandel.render;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.schedule.PartitionWork;
import dev.mandel.schedule.RowPartition;
import dev.mandel.schedule.WorkerPool;
import dev.mandel.view.Viewport;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One frame being rendered: its buffers, progress, cancellation and future. Start it with
 * {@link Renderer#start}, poll {@link #progress()}, and {@link #cancel()} it or {@link #await()} its
 * {@link Frame}. Who computes which rows is the schedule's business ({@code dev.mandel.schedule}).
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
    /** Frame start, set before any task is submitted (submission happens-before each task). */
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

    /** Starts the frame on the pool and returns at once; the schedule decides who runs which rows. */
    void start(WorkerPool pool) {
        origin = System.nanoTime();
        request.schedule().start(pool, partition.tasks(), new PartitionWork() {
            @Override
            public void runTask(int task) {
                RenderJob.this.runTask(task);
            }

            @Override
            public void finished(Throwable failure) {
                finish(failure, System.nanoTime() - origin);
            }
        });
    }

    private void finish(Throwable failure, long wall) {
        if (failure != null) {
            result.completeExceptionally(failure);
        } else if (cancelled) {
            result.completeExceptionally(new CancellationException("render cancelled"));
        } else {
            result.complete(new Frame(request, kernel.nameFor(request.view(), request.maxIter()), threads, counts, escapeMag2, rowTotals,
                    partition, trace, wall));
        }
    }

    private void runTask(int task) {
        long start = System.nanoTime() - origin;
        int worker = WorkerPool.currentWorkerId();
        trace.recordStart(task, worker);
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

    /**
     * The trace being filled: a task's {@link TaskTrace#worker} is set before its first row is
     * reported done, so a viewer may tint rows by worker while the frame renders.
     */
    public TaskTrace liveTrace() {
        return trace;
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
