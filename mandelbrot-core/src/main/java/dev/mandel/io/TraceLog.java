package dev.mandel.io;

import dev.mandel.render.LoadBalance;
import dev.mandel.render.TaskTrace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The task traces of one render, which may have been done in several horizontal strips (a poster):
 * each strip's trace with the time its strip started, measured from the start of the first strip.
 * A task's time in the whole render is its strip's offset plus its time in the strip.
 */
public final class TraceLog {

    /** One strip: its trace, and when (ns after the render began) the strip was started. */
    public record Strip(long offsetNanos, TaskTrace trace) {
    }

    private final int workers;
    private final List<Strip> strips = new ArrayList<>();

    /** A log for a schedule that uses {@code workers} workers (the mean in {@link #loadBalance()}). */
    public TraceLog(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.workers = workers;
    }

    public void add(long offsetNanos, TaskTrace trace) {
        strips.add(new Strip(offsetNanos, trace));
    }

    public List<Strip> strips() {
        return Collections.unmodifiableList(strips);
    }

    public int workers() {
        return workers;
    }

    public int tasks() {
        int n = 0;
        for (Strip s : strips) {
            n += s.trace().tasks();
        }
        return n;
    }

    /** Time each worker spent in tasks over all strips; index = worker id. */
    public long[] busyNanosByWorker() {
        long[] busy = new long[workers];
        for (Strip s : strips) {
            long[] b = s.trace().busyNanosByWorker();
            if (b.length > busy.length) {
                busy = java.util.Arrays.copyOf(busy, b.length);
            }
            for (int w = 0; w < b.length; w++) {
                busy[w] += b[w];
            }
        }
        return busy;
    }

    /**
     * {@link LoadBalance} over the whole render: strips overlap (a worker done with one strip's
     * chunks takes the next strip's), so busy times add up over the render, not strip by strip.
     */
    public double loadBalance() {
        return LoadBalance.of(busyNanosByWorker(), workers);
    }
}
