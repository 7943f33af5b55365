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

    /** Busy time of each worker (sum of its bars). */
    public long[] busyNanos() {
        long[] busy = new long[lanes];
        for (Bar b : bars) {
            busy[b.worker()] += b.durationNanos();
        }
        return busy;
    }
}
