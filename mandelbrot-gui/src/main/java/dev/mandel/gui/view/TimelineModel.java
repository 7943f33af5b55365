package dev.mandel.gui.view;

import dev.mandel.render.Frame;
import dev.mandel.render.TaskTrace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the timeline panel draws for a finished frame: one lane per worker and, in it, one bar per
 * task from its start to its end (nanoseconds from the frame's start). Gaps in a lane are the
 * worker's idle time.
 */
public record TimelineModel(int lanes, long wallNanos, List<Bar> bars, double loadBalance) {

    /** One task: rows {@code firstRow..lastRow} run by {@code worker} from {@code start} to {@code end}. */
    public record Bar(int task, int worker, int firstRow, int lastRow, long startNanos, long endNanos,
                      long iterations) {

        public long durationNanos() {
            return endNanos - startNanos;
        }

        /** The hover text: the task's rows, iterations and time. */
        public String describe() {
            return String.format(Locale.ROOT, "task %d · worker %d · rows %d–%d (%d) · %s iterations · %.2f ms"
                            + " (from %.2f to %.2f ms)",
                    task, worker, firstRow, lastRow, lastRow - firstRow + 1,
                    RowHistogramPanel.compact(iterations), durationNanos() / 1e6, startNanos / 1e6, endNanos / 1e6);
        }
    }

    public static final TimelineModel EMPTY = new TimelineModel(0, 0, List.of(), 1.0);

    public static TimelineModel of(Frame frame) {
        TaskTrace t = frame.trace();
        List<Bar> bars = new ArrayList<>(t.tasks());
        int lanes = t.workers();
        long end = frame.wallNanos();
        for (int i = 0; i < t.tasks(); i++) {
            bars.add(new Bar(i, t.worker(i), t.firstRow(i), t.lastRow(i), t.startNanos(i), t.endNanos(i),
                    t.iterations(i)));
            lanes = Math.max(lanes, t.worker(i) + 1);
            end = Math.max(end, t.endNanos(i));
        }
        return new TimelineModel(lanes, end, List.copyOf(bars), frame.loadBalance());
    }

    /**
     * When each worker started its first task, in nanoseconds from the frame's start; -1 for a
     * worker that ran none. A worker parked between frames can take milliseconds to wake on a
     * virtual machine: time a timeline shows as idle at the start of a lane, which load balance
     * (busy time only) does not see.
     */
    public long[] startLatencyNanos() {
        long[] first = new long[lanes];
        java.util.Arrays.fill(first, -1);
        for (Bar b : bars) {
            if (first[b.worker()] < 0 || b.startNanos() < first[b.worker()]) {
                first[b.worker()] = b.startNanos();
            }
        }
        return first;
    }

    /** The latest first start over the workers that ran a task: how long the frame waited for its last worker. */
    public long lastStartNanos() {
        long last = 0;
        for (long s : startLatencyNanos()) {
            last = Math.max(last, s);
        }
        return last;
    }

    /** "workers started after 0.0 / 2.1 ms": each worker's first start, for captions beside load balance. */
    public String describeStarts() {
        StringBuilder b = new StringBuilder("workers started after ");
        long[] starts = startLatencyNanos();
        for (int i = 0; i < starts.length; i++) {
            b.append(i == 0 ? "" : " / ").append(starts[i] < 0 ? "–" : String.format(Locale.ROOT, "%.1f", starts[i] / 1e6));
        }
        return b.append(" ms").toString();
    }

    /** Busy time of each worker (sum of its bars). */
    public long[] busyNanos() {
        long[] busy = new long[lanes];
        for (Bar b : bars) {
            busy[b.worker()] += b.durationNanos();
        }
        return busy;
    }
}
