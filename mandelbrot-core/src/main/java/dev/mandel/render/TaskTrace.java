package dev.mandel.render;

/**
 * What each task of a frame did: its rows, the worker that ran it, when, and how many iterations
 * it cost. Times are nanoseconds from the frame's start.
 *
 * <p>Layout: one preallocated slot per task in parallel primitive arrays. A task writes only its
 * own slot, once, when it ends, so recording needs no lock, no atomic and no allocation; two
 * workers touch the same cache line at most once per task, not once per row.
 */
public final class TaskTrace {

    private final int[] firstRow;
    private final int[] lastRow;
    private final int[] worker;
    private final long[] startNanos;
    private final long[] endNanos;
    private final long[] iterations;
    private final int workers;

    /** Trace for {@code tasks} tasks run by {@code workers} workers (ids {@code 0 .. workers-1}). */
    public TaskTrace(int tasks, int workers) {
        this.firstRow = new int[tasks];
        this.lastRow = new int[tasks];
        this.worker = new int[tasks];
        this.startNanos = new long[tasks];
        this.endNanos = new long[tasks];
        this.iterations = new long[tasks];
        this.workers = workers;
        java.util.Arrays.fill(lastRow, -1);
    }

    /** Notes the worker as a task starts, before any of its rows is reported done. */
    void recordStart(int task, int workerId) {
        worker[task] = workerId;
    }

    void record(int task, int first, int last, int workerId, long start, long end, long iters) {
        firstRow[task] = first;
        lastRow[task] = last;
        worker[task] = workerId;
        startNanos[task] = start;
        endNanos[task] = end;
        iterations[task] = iters;
    }

    public int tasks() {
        return firstRow.length;
    }

    /** Workers the schedule could use: lanes in a timeline, the divisor of the mean in {@link #loadBalance}. */
    public int workers() {
        return workers;
    }

    public int firstRow(int task) {
        return firstRow[task];
    }

    /** Last row the task completed (inclusive); {@code firstRow - 1} if it completed none. */
    public int lastRow(int task) {
        return lastRow[task];
    }

    public int worker(int task) {
        return worker[task];
    }

    public long startNanos(int task) {
        return startNanos[task];
    }

    public long endNanos(int task) {
        return endNanos[task];
    }

    public long durationNanos(int task) {
        return endNanos[task] - startNanos[task];
    }

    public long iterations(int task) {
        return iterations[task];
    }

    /** Time each worker spent inside tasks; index = worker id (ids beyond {@link #workers} widen it). */
    public long[] busyNanosByWorker() {
        int lanes = workers;
        for (int w : worker) {
            lanes = Math.max(lanes, w + 1);
        }
        long[] busy = new long[lanes];
        for (int t = 0; t < tasks(); t++) {
            busy[worker[t]] += durationNanos(t);
        }
        return busy;
    }

    /** {@link LoadBalance} of this frame's workers. */
    public double loadBalance() {
        return LoadBalance.of(busyNanosByWorker(), workers);
    }
}
