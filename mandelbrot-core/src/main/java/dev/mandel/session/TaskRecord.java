package dev.mandel.session;

import dev.mandel.render.TaskTrace;

import java.util.ArrayList;
import java.util.List;

/**
 * One task of a saved trace, as {@link TaskTrace} holds it: rows {@code firstRow .. lastRow}
 * (inclusive; {@code lastRow = firstRow - 1} if it completed none), the worker, times in ns from
 * the frame's start, and its iterations.
 */
public record TaskRecord(int firstRow, int lastRow, int worker, long startNanos, long endNanos, long iterations) {

    public TaskRecord {
        if (firstRow < 0 || lastRow < firstRow - 1) {
            throw new IllegalArgumentException("task rows " + firstRow + ".." + lastRow + " are not a valid range");
        }
        if (worker < 0) {
            throw new IllegalArgumentException("task worker must be >= 0, got " + worker);
        }
        if (startNanos < 0 || endNanos < startNanos) {
            throw new IllegalArgumentException("task times " + startNanos + ".." + endNanos + " ns are not a valid span");
        }
        if (iterations < 0) {
            throw new IllegalArgumentException("task iterations must be >= 0, got " + iterations);
        }
    }

    public long durationNanos() {
        return endNanos - startNanos;
    }

    /** Every task of a trace, in task order. */
    public static List<TaskRecord> of(TaskTrace trace) {
        List<TaskRecord> out = new ArrayList<>(trace.tasks());
        for (int t = 0; t < trace.tasks(); t++) {
            out.add(new TaskRecord(trace.firstRow(t), trace.lastRow(t), trace.worker(t), trace.startNanos(t),
                    trace.endNanos(t), trace.iterations(t)));
        }
        return List.copyOf(out);
    }
}
