package dev.mandel.session;

import dev.mandel.io.TraceLog;
import dev.mandel.render.TaskTrace;

import java.util.ArrayList;
import java.util.List;

/**
 * One task of a {@link TraceRecord} (so of a saved session and a {@code --trace} JSON file alike): the
 * strip it belongs to (0 for a single frame) and its index in that strip, rows
 * {@code firstRow .. lastRow} (inclusive; {@code lastRow = firstRow - 1} if it completed none), the
 * worker, times in ns from the start of the render, and its iterations.
 */
public record TaskRecord(int strip, int task, int firstRow, int lastRow, int worker, long startNanos, long endNanos,
                         long iterations) {

    public TaskRecord {
        if (strip < 0 || task < 0) {
            throw new IllegalArgumentException("task strip and index must be >= 0, got " + strip + " and " + task);
        }
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

    /** Every task of one frame's trace, in task order. */
    public static List<TaskRecord> of(TaskTrace trace) {
        List<TaskRecord> out = new ArrayList<>(trace.tasks());
        add(out, 0, 0, trace);
        return List.copyOf(out);
    }

    /** Every task of a render in strips, strip by strip, with times from the start of the render. */
    public static List<TaskRecord> of(TraceLog log) {
        List<TaskRecord> out = new ArrayList<>(log.tasks());
        int strip = 0;
        for (TraceLog.Strip s : log.strips()) {
            add(out, strip++, s.offsetNanos(), s.trace());
        }
        return out;
    }

    private static void add(List<TaskRecord> out, int strip, long offset, TaskTrace trace) {
        for (int t = 0; t < trace.tasks(); t++) {
            out.add(new TaskRecord(strip, t, trace.firstRow(t), trace.lastRow(t), trace.worker(t),
                    offset + trace.startNanos(t), offset + trace.endNanos(t), trace.iterations(t)));
        }
    }
}
