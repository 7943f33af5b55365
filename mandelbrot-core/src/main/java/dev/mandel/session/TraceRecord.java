package dev.mandel.session;

import dev.mandel.io.TraceLog;
import dev.mandel.render.Frame;
import dev.mandel.render.LoadBalance;
import dev.mandel.view.Viewport;

import java.util.Arrays;
import java.util.List;

/**
 * The one trace schema: what a {@code --trace} JSON file holds and what a saved {@link Session}
 * embeds as its {@code trace}. The view, the {@link Settings} it was rendered with, the workers and
 * strips, what the render cost, and one {@link TaskRecord} per task.
 *
 * <p>{@code busyNanosByWorker} and {@code loadBalance} follow from the tasks; they are written out
 * for readers that want them without summing, and checked against the tasks on reading, so a file
 * never carries figures its own tasks contradict.
 *
 * @param workers           workers the schedule could use (the divisor of the mean in
 *                          {@link LoadBalance})
 * @param strips            strips the view was rendered in (1 for a single frame)
 * @param wallNanos         wall time of the whole render
 * @param iterations        escape iterations of the whole render
 * @param busyNanosByWorker time each worker spent inside tasks; index = worker id
 */
public record TraceRecord(Viewport view, Settings settings, int workers, int strips, long wallNanos, long iterations,
                          double loadBalance, long[] busyNanosByWorker, List<TaskRecord> tasks) {

    public TraceRecord {
        require(view != null, "a trace needs a view");
        require(settings != null, "a trace needs settings");
        require(busyNanosByWorker != null && tasks != null, "a trace needs busyNanosByWorker and tasks");
        require(workers >= 1, "workers must be at least 1, got " + workers);
        require(strips >= 1, "strips must be at least 1, got " + strips);
        require(wallNanos >= 0, "wallNanos must be >= 0, got " + wallNanos);
        require(iterations >= 0, "iterations must be >= 0, got " + iterations);
        require((long) settings.firstRow() + settings.rows() <= view.height(), "rows " + settings.firstRow() + " + "
                + settings.rows() + " are outside the view's " + view.height() + " rows");
        int end = settings.firstRow() + settings.rows();
        for (TaskRecord t : tasks) {
            require(t.firstRow() >= settings.firstRow() && t.lastRow() < end,
                    "a task covers rows " + t.firstRow() + ".." + t.lastRow() + ", outside the frame");
            require(t.strip() < strips, "a task is in strip " + t.strip() + " of " + strips);
        }
        long[] busy = busyOf(tasks, workers);
        require(Arrays.equals(busy, busyNanosByWorker), "busyNanosByWorker " + Arrays.toString(busyNanosByWorker)
                + " does not match the tasks (" + Arrays.toString(busy) + ")");
        double balance = LoadBalance.of(busy, workers);
        require(Math.abs(balance - loadBalance) <= 1e-9 * balance,
                "loadBalance " + loadBalance + " does not match the tasks (" + balance + ")");
        tasks = List.copyOf(tasks);
    }

    /** The trace of one finished frame on this machine. */
    public static TraceRecord of(Frame frame) {
        var req = frame.request();
        Settings settings = new Settings(frame.kernel(), req.schedule(), frame.threads(), req.partitionFactor(),
                req.maxIter(), req.firstRow(), req.rows());
        return of(req.view(), settings, frame.wallNanos(), frame.totalIterations(), TaskRecord.of(frame.trace()),
                frame.trace().workers(), 1);
    }

    /** The trace of a render in strips, every task with its time from the start of the render. */
    public static TraceRecord of(Viewport view, Settings settings, long wallNanos, long iterations, TraceLog log) {
        return of(view, settings, wallNanos, iterations, TaskRecord.of(log), log.workers(),
                Math.max(1, log.strips().size()));
    }

    private static TraceRecord of(Viewport view, Settings settings, long wallNanos, long iterations,
                                  List<TaskRecord> tasks, int workers, int strips) {
        long[] busy = busyOf(tasks, workers);
        return new TraceRecord(view, settings, workers, strips, wallNanos, iterations, LoadBalance.of(busy, workers),
                busy, tasks);
    }

    /** Time each worker spent inside tasks: one entry per worker, more if a task names a higher id. */
    private static long[] busyOf(List<TaskRecord> tasks, int workers) {
        int lanes = workers;
        for (TaskRecord t : tasks) {
            lanes = Math.max(lanes, t.worker() + 1);
        }
        long[] busy = new long[lanes];
        for (TaskRecord t : tasks) {
            busy[t.worker()] += t.durationNanos();
        }
        return busy;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
