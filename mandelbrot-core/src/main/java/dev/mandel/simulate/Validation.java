package dev.mandel.simulate;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks the simulator against this machine: per-row nanoseconds are measured once on one thread,
 * the simulator predicts every schedule's makespan from them, and the same schedules are rendered
 * for real on 1 and 2 threads (median of several repetitions).
 */
public final class Validation {

    /** One schedule on one thread count: what the model said and what the clock said. */
    public record Row(Schedule schedule, int threads, int factor, int tasks, double predictedNanos,
                      double measuredMedianNanos, long measuredBestNanos) {

        /** (predicted - measured) / measured, in percent: negative when the model is optimistic. */
        public double errorPercent() {
            return (predictedNanos - measuredMedianNanos) / measuredMedianNanos * 100;
        }

        /** (predicted - best) / best, in percent: the error against the least disturbed repetition. */
        public double errorVsBestPercent() {
            return (predictedNanos - measuredBestNanos) / measuredBestNanos * 100;
        }

        /** Schedule name with its factor where it has one: "static", "forkjoin F=16". */
        public String label() {
            return schedule == Schedule.FORKJOIN ? "forkjoin F=" + factor : schedule.id();
        }
    }

    /** Everything a validation produced: the per-row costs it predicted from, and the rows. */
    public record Report(RowCosts rowNanos, List<Row> rows) {

        /** Largest absolute error over the rows, in percent. */
        public double worstErrorPercent() {
            return rows.stream().mapToDouble(r -> Math.abs(r.errorPercent())).max().orElse(0);
        }
    }

    private Validation() {
    }

    /**
     * Runs the validation for {@code request}'s view (its schedule is ignored): {@code sequential}
     * and {@code static} on 1 thread, and {@code static} plus {@code forkjoin} with every factor
     * on each of {@code threadCounts} greater than 1.
     *
     * @param progress receives a line per step (for a terminal or a status bar); may ignore them
     */
    public static Report run(EscapeKernel kernel, RenderRequest request, int[] threadCounts, int[] factors,
                             int warmups, int reps, Consumer<String> progress) {
        RowCosts nanos;
        progress.accept("measuring per-row costs on 1 thread (one task per row)...");
        try (Renderer one = new Renderer(kernel, 1)) {
            nanos = Measure.rowNanos(one, request, warmups, reps);
        }
        List<Row> rows = new ArrayList<>();
        for (int threads : threadCounts) {
            try (Renderer renderer = new Renderer(kernel, threads)) {
                List<RenderRequest> plans = new ArrayList<>();
                if (threads == 1) {
                    plans.add(request.withSchedule(Schedule.SEQUENTIAL, 1));
                }
                plans.add(request.withSchedule(Schedule.STATIC, 1));
                for (int f : factors) {
                    plans.add(request.withSchedule(Schedule.FORKJOIN, f));
                }
                // Repetitions go round-robin over the plans, so a burst of load from another process
                // slows every schedule a little rather than one schedule a lot.
                for (RenderRequest plan : plans) {
                    Measure.wallTimes(renderer, plan, warmups, 1);
                }
                long[][] nanosByPlan = new long[plans.size()][reps];
                for (int rep = 0; rep < reps; rep++) {
                    for (int p = 0; p < plans.size(); p++) {
                        nanosByPlan[p][rep] = renderer.render(plans.get(p)).wallNanos();
                    }
                }
                for (int p = 0; p < plans.size(); p++) {
                    RenderRequest plan = plans.get(p);
                    Measure.Timings t = Measure.Timings.of(nanosByPlan[p]);
                    SimResult predicted = Simulator.run(nanos, plan.schedule(), threads, plan.partitionFactor());
                    Row row = new Row(plan.schedule(), threads, plan.partitionFactor(), predicted.tasks(),
                            predicted.makespan(), t.median(), t.best());
                    rows.add(row);
                    progress.accept(String.format(java.util.Locale.ROOT, "  %d thread(s), %s: predicted %.1f ms, measured %.1f ms",
                            threads, row.label(), row.predictedNanos() / 1e6, row.measuredMedianNanos() / 1e6));
                }
            }
        }
        return new Report(nanos, List.copyOf(rows));
    }
}
