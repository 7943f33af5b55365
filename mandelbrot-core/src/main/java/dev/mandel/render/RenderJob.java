package dev.mandel.render;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.schedule.RowPartition;
import dev.mandel.schedule.Schedule;
import dev.mandel.schedule.SplitTask;
import dev.mandel.schedule.WorkerPool;
import dev.mandel.view.Viewport;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

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

    /** How long a worker that already has its band waits after handing a runner back. */
    private static final long HAND_BACK_PAUSE_NANOS = 50_000;
    /** How long a band runner may be handed back before its worker runs the band itself. */
    private static final long HAND_BACK_LIMIT_NANOS = 50_000_000;

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
    /** Static bands still running, the next band to hand out, and which workers have one. */
    private AtomicInteger bandsLeft;
    private AtomicInteger nextBand;
    private AtomicIntegerArray workerHasBand;

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

    /**
     * Starts the frame on the pool and returns at once.
     *
     * <p>Over-partitioned and sequential frames start as one root {@link SplitTask} that splits
     * itself across the workers. Static bands need more care, because a work-stealing pool will
     * happily let one worker run every band: a worker that finishes a cheap band picks up the next
     * before a parked worker has even woken (milliseconds on a virtual machine), and the "static"
     * split is gone. So static frames submit one band runner per band; a runner claims the next
     * band only for a worker that has none yet, and a worker that already has its band offers the
     * runner back to the pool and pauses for a moment, until another worker takes it (for at most
     * 50 ms; see {@link BandRunner}). Nothing blocks, so frames sharing the pool cannot deadlock.
     * Claims and the final count-down happen once per band, never per row.
     */
    void start(ForkJoinPool pool) {
        origin = System.nanoTime();
        if (request.schedule() == Schedule.STATIC && partition.tasks() > 1) {
            bandsLeft = new AtomicInteger(partition.tasks());
            nextBand = new AtomicInteger();
            workerHasBand = new AtomicIntegerArray(threads);
            for (int t = 0; t < partition.tasks(); t++) {
                offerBandRunner(pool);
            }
        } else {
            pool.execute(ForkJoinTask.adapt(this::runSplit));
        }
    }

    private void offerBandRunner(ForkJoinPool pool) {
        pool.execute(ForkJoinTask.adapt(new BandRunner(pool)));
    }

    /**
     * Runs one static band. Handed back at most {@link #HAND_BACK_LIMIT_NANOS}: when several
     * static frames share a pool, each worker can be left holding the runner of a frame whose
     * other band only it may not take, while the other worker holds the mirror image; each keeps
     * popping its own runner from its own deque and neither steals. After the limit the runner
     * takes a band for its worker anyway, so progress is guaranteed, and the trace shows it.
     */
    private final class BandRunner implements Runnable {
        private final ForkJoinPool pool;
        private long handedBackSince = -1;

        BandRunner(ForkJoinPool pool) {
            this.pool = pool;
        }

        @Override
        public void run() {
            int worker = WorkerPool.currentWorkerId();
            if (worker < threads && workerHasBand.compareAndSet(worker, 0, 1)) {
                runBand(nextBand.getAndIncrement());
                return;
            }
            if (nextBand.get() >= partition.tasks()) {
                return;
            }
            long now = System.nanoTime();
            if (handedBackSince < 0) {
                handedBackSince = now;
            }
            if (now - handedBackSince > HAND_BACK_LIMIT_NANOS) {
                runBand(nextBand.getAndIncrement());
                return;
            }
            // Offer it, then step aside briefly: popping it straight back would win every race
            // against the worker that is trying to steal it.
            pool.execute(ForkJoinTask.adapt(this));
            LockSupport.parkNanos(HAND_BACK_PAUSE_NANOS);
        }
    }

    private void runSplit() {
        try {
            new SplitTask(0, partition.tasks(), this::runTask).invoke();
            finish(System.nanoTime() - origin);
        } catch (Throwable t) {
            result.completeExceptionally(t);
        }
    }

    private void runBand(int band) {
        try {
            runTask(band);
        } catch (Throwable t) {
            result.completeExceptionally(t);
        } finally {
            if (bandsLeft.decrementAndGet() == 0) {
                finish(System.nanoTime() - origin);
            }
        }
    }

    private void finish(long wall) {
        if (cancelled) {
            result.completeExceptionally(new CancellationException("render cancelled"));
        } else {
            result.complete(new Frame(request, kernel.name(), threads, counts, escapeMag2, rowTotals,
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
