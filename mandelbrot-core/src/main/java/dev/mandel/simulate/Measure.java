package dev.mandel.simulate;

import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;

import java.util.Arrays;

/**
 * Quick in-process timings for the simulator's validation and the classroom: warm up, render a
 * few times, keep every wall time. This is not a benchmark harness (the {@code bench} module's JMH
 * runs are); numbers from here are labelled "quick measurement" wherever they are shown.
 */
public final class Measure {

    /** Wall times of repeated renders of one request, in ns, sorted; the last frame when kept. */
    public record Timings(long[] sortedNanos, Frame lastFrame) {

        /** Timings from raw wall times (copied and sorted). */
        public static Timings of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Timings(sorted, null);
        }

        public long best() {
            return sortedNanos[0];
        }

        public double median() {
            int n = sortedNanos.length;
            return n % 2 == 1 ? sortedNanos[n / 2] : (sortedNanos[n / 2 - 1] + sortedNanos[n / 2]) / 2.0;
        }
    }

    private Measure() {
    }

    /** Renders {@code warmups} untimed then {@code reps} timed frames of {@code request}. */
    public static Timings wallTimes(Renderer renderer, RenderRequest request, int warmups, int reps) {
        requireReps(reps);
        for (int i = 0; i < warmups; i++) {
            renderer.render(request);
        }
        long[] nanos = new long[reps];
        Frame last = null;
        for (int i = 0; i < reps; i++) {
            last = renderer.render(request);
            nanos[i] = last.wallNanos();
        }
        Arrays.sort(nanos);
        return new Timings(nanos, last);
    }

    /**
     * Per-row nanoseconds measured on one thread with one task per row (so every row is timed on
     * its own, not spread from a chunk): the per-row median over {@code reps} renders after
     * {@code warmups} untimed ones. The renderer should have one thread.
     */
    public static RowCosts rowNanos(Renderer renderer, RenderRequest request, int warmups, int reps) {
        requireReps(reps);
        RenderRequest perRow = request.withSchedule(Schedule.FORKJOIN, request.rows());
        for (int i = 0; i < warmups; i++) {
            renderer.render(perRow);
        }
        RowCosts[] runs = new RowCosts[reps];
        for (int i = 0; i < reps; i++) {
            runs[i] = RowCosts.nanoseconds(renderer.render(perRow));
        }
        return RowCosts.median(runs);
    }

    private static void requireReps(int reps) {
        if (reps < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1, got " + reps);
        }
    }
}
