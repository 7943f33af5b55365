package dev.mandel.simulate;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * The lesson's four steps on one view, measured in-process: scalar on one core, vector on one
 * core, vector on static bands over all threads, vector over-partitioned over all threads. A quick
 * measurement (warm-up, best of a few), labelled as such; the {@code bench} module owns the
 * rigorous JMH numbers.
 */
public final class FourSteps {

    /** One step: its name, best wall time and the frame's iterations. */
    public record Step(String name, String kernel, Schedule schedule, int threads, int factor,
                       long bestNanos, double medianNanos, long iterations) {

        public double iterationsPerSecond() {
            return iterations * 1e9 / bestNanos;
        }
    }

    private FourSteps() {
    }

    /** Measures the four steps; {@code threads} for the parallel ones, {@code factor} for the last. */
    public static List<Step> measure(RenderRequest request, int threads, int factor, int warmups, int reps) {
        EscapeKernel vector = KernelProvider.best();
        List<Step> steps = new ArrayList<>();
        steps.add(step("scalar, 1 thread", new ScalarKernel(), request, Schedule.SEQUENTIAL, 1, 1, warmups, reps));
        steps.add(step(vector.name() + ", 1 thread", vector, request, Schedule.SEQUENTIAL, 1, 1, warmups, reps));
        steps.add(step(vector.name() + ", static bands, " + threads + " threads", vector, request, Schedule.STATIC,
                threads, 1, warmups, reps));
        steps.add(step(vector.name() + ", over-partitioned F=" + factor + ", " + threads + " threads", vector, request,
                Schedule.FORKJOIN, threads, factor, warmups, reps));
        return List.copyOf(steps);
    }

    private static Step step(String name, EscapeKernel kernel, RenderRequest request, Schedule schedule, int threads,
                             int factor, int warmups, int reps) {
        try (Renderer r = new Renderer(kernel, threads)) {
            Measure.Timings t = Measure.wallTimes(r, request.withSchedule(schedule, factor), warmups, reps);
            return new Step(name, kernel.name(), schedule, threads, factor, t.best(), t.median(),
                    t.lastFrame().totalIterations());
        }
    }
}
