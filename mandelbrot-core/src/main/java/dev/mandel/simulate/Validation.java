package dev.mandel.simulate;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.render.Frame;
import dev.mandel.schedule.Schedule;
import dev.mandel.timing.FrameRound;
import dev.mandel.timing.Round;
import dev.mandel.timing.TimingHarness;
import dev.mandel.timing.Timings;

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
     * <p>Per-row costs are measured on one thread with one task per row. Every repetition renders
     * that per-row plan and every timed plan once, round-robin, so a burst of load from another
     * process disturbs the costs the model starts from as much as the runs it is checked against,
     * instead of landing on one of them only.
     *
     * @param progress receives a line per step (for a terminal or a status bar); may ignore them
     */
    public static Report run(EscapeKernel kernel, RenderRequest request, int[] threadCounts, int[] factors,
                             int reps, Consumer<String> progress) {
        if (reps < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1, got " + reps);
        }
        List<Renderer> renderers = new ArrayList<>();
        try {
            Renderer one = new Renderer(kernel, 1);
            renderers.add(one);
            RenderRequest perRow = request.withSchedule(Schedule.FORKJOIN, request.rows());
            List<Renderer> planRenderer = new ArrayList<>();
            List<RenderRequest> plans = new ArrayList<>();
            for (int threads : threadCounts) {
                Renderer r = threads == 1 ? one : new Renderer(kernel, threads);
                if (r != one) {
                    renderers.add(r);
                }
                if (threads == 1) {
                    planRenderer.add(r);
                    plans.add(request.withSchedule(Schedule.SEQUENTIAL, 1));
                }
                planRenderer.add(r);
                plans.add(request.withSchedule(Schedule.STATIC, 1));
                for (int f : factors) {
                    planRenderer.add(r);
                    plans.add(request.withSchedule(Schedule.FORKJOIN, f));
                }
            }
            List<RowCosts> rowRuns = new ArrayList<>();
            List<Round> rounds = new ArrayList<>();
            rounds.add(() -> {
                Frame f = one.render(perRow);
                rowRuns.add(RowCosts.nanoseconds(f));
                return f.wallNanos();
            });
            for (int p = 0; p < plans.size(); p++) {
                rounds.add(new FrameRound(planRenderer.get(p), plans.get(p)));
            }
            progress.accept("warming up " + rounds.size() + " plans until the JIT settles...");
            TimingHarness.warmUp(rounds);
            rowRuns.clear();
            progress.accept("timing " + reps + " repetitions of " + rounds.size() + " plans...");
            List<Timings> timings = TimingHarness.measure(rounds, reps);
            RowCosts nanos = RowCosts.median(rowRuns.toArray(RowCosts[]::new));
            List<Row> rows = new ArrayList<>();
            for (int p = 0; p < plans.size(); p++) {
                RenderRequest plan = plans.get(p);
                int threads = planRenderer.get(p).threads();
                Timings t = timings.get(p + 1);
                SimResult predicted = Simulator.run(nanos, plan.schedule(), threads, plan.partitionFactor());
                rows.add(new Row(plan.schedule(), threads, plan.partitionFactor(), predicted.tasks(),
                        predicted.makespan(), t.median(), t.best()));
            }
            return new Report(nanos, List.copyOf(rows));
        } finally {
            for (Renderer r : renderers) {
                r.close();
            }
        }
    }
}
