package dev.mandel.simulate;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import dev.mandel.timing.FrameRound;
import dev.mandel.timing.TimingHarness;
import dev.mandel.timing.Timings;

import java.util.ArrayList;
import java.util.List;

/**
 * The lesson's four steps on one view, measured in-process: scalar on one core, vector on one
 * core, vector on static bands over all threads, vector over-partitioned over all threads. A quick
 * measurement ({@link TimingHarness}: warm-up until the JIT settles, best and median of a few),
 * labelled as such; the {@code bench} module owns the rigorous JMH numbers.
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

    /**
     * Measures the four steps; {@code threads} for the parallel ones, {@code factor} for the last.
     * Repetitions go round-robin over the steps, so a burst of load from another process does not
     * land on one step only.
     */
    public static List<Step> measure(RenderRequest request, int threads, int factor, int reps) {
        if (reps < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1, got " + reps);
        }
        EscapeKernel vector = KernelProvider.best();
        try (Renderer scalarOne = new Renderer(new ScalarKernel(), 1);
             Renderer vectorOne = new Renderer(vector, 1);
             Renderer vectorAll = new Renderer(vector, threads)) {
            Renderer[] renderers = {scalarOne, vectorOne, vectorAll, vectorAll};
            RenderRequest[] plans = {
                request.withSchedule(Schedule.SEQUENTIAL, 1),
                request.withSchedule(Schedule.SEQUENTIAL, 1),
                request.withSchedule(Schedule.STATIC, 1),
                request.withSchedule(Schedule.FORKJOIN, factor),
            };
            String[] names = {
                "scalar, 1 thread",
                vector.name() + ", 1 thread",
                vector.name() + ", static bands, " + threads + " threads",
                vector.name() + ", over-partitioned F=" + factor + ", " + threads + " threads",
            };
            List<FrameRound> rounds = new ArrayList<>();
            for (int s = 0; s < plans.length; s++) {
                rounds.add(new FrameRound(renderers[s], plans[s]));
            }
            TimingHarness.warmUp(rounds);
            List<Timings> timings = TimingHarness.measure(rounds, reps);
            List<Step> steps = new ArrayList<>();
            for (int s = 0; s < plans.length; s++) {
                Timings t = timings.get(s);
                steps.add(new Step(names[s], renderers[s].kernel().name(), plans[s].schedule(),
                        renderers[s].threads(), plans[s].partitionFactor(), t.best(), t.median(),
                        rounds.get(s).last().totalIterations()));
            }
            return List.copyOf(steps);
        }
    }
}
