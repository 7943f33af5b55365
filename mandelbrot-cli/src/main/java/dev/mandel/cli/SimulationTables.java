package dev.mandel.cli;

import dev.mandel.simulate.FourSteps;
import dev.mandel.simulate.SimResult;
import dev.mandel.simulate.Sweep;
import dev.mandel.simulate.Validation;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The text tables of {@code mandelbrot simulate}: fixed-width, one number format per column. */
final class SimulationTables {

    private SimulationTables() {
    }

    /** Speedup over 1 worker for every worker count (rows) and schedule (columns). */
    static void speedups(PrintStream out, Sweep sweep) {
        int[] workers = sweep.workers();
        int[] factors = sweep.factors();
        out.println("Simulated speedup over 1 worker (static = F=1 cut; over-partitioned columns by factor F)");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%8s %8s %8s", "workers", "static", "cyclic"));
        for (int f : factors) {
            head.append(String.format(Locale.ROOT, " %8s", "F=" + f));
        }
        head.append(String.format(Locale.ROOT, " %14s", "best F / static"));
        out.println(head);
        for (int w = 0; w < workers.length; w++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%8d %8.2f %8.2f", workers[w],
                    sweep.staticBands(w).speedup(), sweep.cyclic(w).speedup()));
            for (int f = 0; f < factors.length; f++) {
                line.append(String.format(Locale.ROOT, " %8.2f", sweep.stealing(w, f).speedup()));
            }
            SimResult best = sweep.bestStealing(w);
            line.append(String.format(Locale.ROOT, " %7s %5.2fx", "F=" + best.factor(),
                    best.speedup() / sweep.staticBands(w).speedup()));
            out.println(line);
        }
        out.println();
    }

    /** Every metric for one worker count: where the time goes. */
    static void detail(PrintStream out, Sweep sweep, int w) {
        int n = sweep.workers()[w];
        String unit = sweep.costs().unit().label();
        out.printf(Locale.ROOT, "At %d workers (makespan in %s):%n", n, unit);
        out.printf(Locale.ROOT, "%-22s %6s %16s %8s %10s %6s %13s%n", "schedule", "tasks", "makespan", "speedup",
                "efficiency", "idle", "busiest/mean");
        row(out, "static bands", sweep.staticBands(w));
        row(out, "cyclic rows", sweep.cyclic(w));
        int[] factors = sweep.factors();
        for (int f = 0; f < factors.length; f++) {
            row(out, "over-partitioned F=" + factors[f], sweep.stealing(w, f));
        }
        out.println();
    }

    private static void row(PrintStream out, String name, SimResult r) {
        out.printf(Locale.ROOT, "%-22s %6d %16s %8.2f %9.1f%% %5.1f%% %13.2f%n", name, r.tasks(),
                SimulateCommand.grouped(r.makespan()), r.speedup(), r.efficiency() * 100, r.idleShare() * 100,
                r.loadBalance());
    }

    static void fourSteps(PrintStream out, List<FourSteps.Step> steps) {
        out.printf(Locale.ROOT, "%-44s %10s %10s %10s %9s%n", "step", "best ms", "median ms", "G iter/s", "speedup");
        double base = steps.get(0).bestNanos();
        for (FourSteps.Step s : steps) {
            out.printf(Locale.ROOT, "%-44s %10.1f %10.1f %10.2f %8.2fx%n", s.name(), s.bestNanos() / 1e6,
                    s.medianNanos() / 1e6, s.iterationsPerSecond() / 1e9, base / s.bestNanos());
        }
    }

    static void validation(PrintStream out, Validation.Report report) {
        out.printf(Locale.ROOT, "%8s %-16s %6s %13s %12s %8s %9s %9s%n", "threads", "schedule", "tasks", "predicted ms",
                "median ms", "best ms", "error", "vs best");
        for (Validation.Row r : report.rows()) {
            out.printf(Locale.ROOT, "%8d %-16s %6d %13.1f %12.1f %8.1f %+8.1f%% %+8.1f%%%n", r.threads(), r.label(),
                    r.tasks(), r.predictedNanos() / 1e6, r.measuredMedianNanos() / 1e6, r.measuredBestNanos() / 1e6,
                    r.errorPercent(), r.errorVsBestPercent());
        }
        out.printf(Locale.ROOT, "largest error: %.1f%% against the median wall time (negative = model optimistic)%n",
                report.worstErrorPercent());
    }
}
