package dev.mandel.gui.classroom;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import dev.mandel.simulate.Measure;
import dev.mandel.simulate.OtherLoad;
import dev.mandel.simulate.RowCosts;
import dev.mandel.simulate.SimResult;
import dev.mandel.simulate.Simulator;
import dev.mandel.view.Viewport;

import java.util.ArrayList;
import java.util.List;

/**
 * The classroom's measurements and predictions for one view: every render here is real (this
 * machine, the chosen kernel, a dedicated pool per thread count), each timing is the best of a few
 * repetitions after warm-up renders, and every prediction is {@link Simulator#run} on per-row costs
 * measured from the same view. Blocking and CPU-heavy: call it from a background thread only.
 *
 * <p>The costs fed to the simulator are per-row nanoseconds measured on one thread with one task per
 * row ({@link Measure#rowNanos}): what each row really took here, so a prediction for N workers is
 * "this machine's rows, shared perfectly by the schedule's rules among N identical cores".
 */
public final class ClassroomBench {

    /** Factors of the partition sweep; {@link #PER_ROW} stands for one task per row. */
    public static final int[] SWEEP_FACTORS = {1, 2, 4, 8, 16, 32};
    public static final int PER_ROW = -1;

    /** Virtual worker counts of the thread sweep beyond this machine (teachers ask for 8, 32 and 88). */
    public static final int[] SIMULATED_WORKERS = {1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 88};

    private final Viewport view;
    private final int maxIter;
    private final EscapeKernel kernel;
    private final int warmups;
    private final int reps;
    private final int cores;
    private long sequentialNanos;
    private RowCosts rowCosts;

    /**
     * @param warmups untimed renders before each timed series (the JIT compiles the kernel first)
     * @param reps    timed renders per setting; the best one counts
     * @param cores   this machine's cores: threads up to {@code 2 x cores} are measured, more simulated
     */
    public ClassroomBench(Viewport view, int maxIter, EscapeKernel kernel, int warmups, int reps, int cores) {
        if (reps < 1 || warmups < 0 || cores < 1) {
            throw new IllegalArgumentException("need reps >= 1, warmups >= 0, cores >= 1; got " + reps + ", "
                    + warmups + ", " + cores);
        }
        this.view = view;
        this.maxIter = maxIter;
        this.kernel = kernel;
        this.warmups = warmups;
        this.reps = reps;
        this.cores = cores;
    }

    /** Measured thread counts stop at twice the cores; past that the simulator answers. */
    public int maxMeasuredThreads() {
        return 2 * cores;
    }

    public Viewport view() {
        return view;
    }

    // ---- the shared baseline -------------------------------------------------------------------

    /** Best wall time of the sequential schedule (one thread, one task), measured once per bench. */
    public synchronized long sequentialNanos() {
        baseline();
        return sequentialNanos;
    }

    /** Per-row nanoseconds of this view on one thread, one task per row; measured once per bench. */
    public synchronized RowCosts rowCosts() {
        baseline();
        return rowCosts;
    }

    private void baseline() {
        if (rowCosts != null) {
            return;
        }
        RenderRequest base = RenderRequest.of(view, maxIter);
        try (Renderer one = new Renderer(kernel, 1)) {
            sequentialNanos = Measure.wallTimes(one, base.withSchedule(Schedule.SEQUENTIAL, 1), warmups, reps).best();
            rowCosts = Measure.rowNanos(one, base, 0, reps);
        }
    }

    // ---- predict, then measure ------------------------------------------------------------------

    /** The three numbers of the predict-then-measure panel, with what they came from. */
    public record Prediction(Schedule schedule, int threads, int factor, double guess, SimResult simulated,
                             long sequentialNanos, long chosenNanos, Frame chosenFrame, RowCosts costs,
                             double otherLoad) {

        /** The simulator's speedup over one worker. */
        public double predicted() {
            return simulated.speedup();
        }

        /** Sequential wall time over the chosen setting's, both the best of their repetitions. */
        public double measured() {
            return (double) sequentialNanos / chosenNanos;
        }
    }

    /** Times the sequential baseline and the chosen setting; simulates the chosen setting on the row costs. */
    public Prediction predictAndMeasure(Schedule schedule, int threads, int factor, double guess) {
        OtherLoad load = OtherLoad.start();
        RowCosts costs = rowCosts();
        Best chosen = best(schedule, threads, factor);
        SimResult sim = Simulator.run(costs, schedule, threads, factor);
        return new Prediction(schedule, threads, factor, guess, sim, sequentialNanos(), chosen.nanos, chosen.frame,
                costs, share(load));
    }

    /** Simulated speedups of {@code schedule} on more workers than this machine has. */
    public SimResult simulate(Schedule schedule, int workers, int factor) {
        return Simulator.run(rowCosts(), schedule, workers, factor);
    }

    // ---- A/B ----------------------------------------------------------------------------------

    /** The same view under static bands and over-partitioned ForkJoin on the same threads. */
    public record AB(Frame staticFrame, Frame forkJoinFrame, int threads, int factor, double otherLoad) {
    }

    /**
     * Both settings warmed up, then timed alternately (A, B, A, B, ...) so a burst of load from
     * another process hits both alike; the best frame of each is kept.
     */
    public AB compare(int threads, int factor) {
        OtherLoad load = OtherLoad.start();
        RenderRequest base = RenderRequest.of(view, maxIter);
        RenderRequest a = base.withSchedule(Schedule.STATIC, 1);
        RenderRequest b = base.withSchedule(Schedule.FORKJOIN, factor);
        try (Renderer ra = new Renderer(kernel, threads); Renderer rb = new Renderer(kernel, threads)) {
            for (int i = 0; i < warmups; i++) {
                ra.render(a);
                rb.render(b);
            }
            Frame bestA = null;
            Frame bestB = null;
            for (int i = 0; i < reps; i++) {
                bestA = faster(bestA, ra.render(a));
                bestB = faster(bestB, rb.render(b));
            }
            return new AB(bestA, bestB, threads, factor, share(load));
        }
    }

    private static Frame faster(Frame best, Frame f) {
        return best == null || f.wallNanos() < best.wallNanos() ? f : best;
    }

    /**
     * Share of the machine's CPU other processes used while measuring (NaN where the OS does not
     * say): on a shared laptop it explains a measured speedup below the simulator's.
     */
    private static double share(OtherLoad load) {
        return load.share().orElse(Double.NaN);
    }

    // ---- sweeps -------------------------------------------------------------------------------

    /** One point of a chart series: x (threads or a factor's position) and the speedup. */
    public record Point(String label, double x, double speedup) {
    }

    /** A sweep's series: measured on this machine and simulated from the row costs. */
    public record SweepResult(String title, String xLabel, List<Point> measured, List<Point> simulated,
                              List<Point> simulatedStatic, int threads, int factor, double otherLoad) {
    }

    /**
     * Speedup over sequential against the partition factor ({@link #SWEEP_FACTORS} and one task per
     * row) for ForkJoin on {@code threads}: measured here and simulated for the same thread count.
     */
    public SweepResult factorSweep(int threads) {
        OtherLoad load = OtherLoad.start();
        long seq = sequentialNanos();
        List<Point> measured = new ArrayList<>();
        List<Point> simulated = new ArrayList<>();
        int[] factors = factorsWithPerRow(threads);
        for (int i = 0; i < factors.length; i++) {
            String label = i == factors.length - 1 ? "per row" : Integer.toString(factors[i]);
            measured.add(new Point(label, i, (double) seq / best(Schedule.FORKJOIN, threads, factors[i]).nanos));
            simulated.add(new Point(label, i, simulate(Schedule.FORKJOIN, threads, factors[i]).speedup()));
        }
        return new SweepResult("Speedup vs partition factor, " + threads + " threads", "partition factor",
                List.copyOf(measured), List.copyOf(simulated), List.of(), threads, 0, share(load));
    }

    /** The sweep's factors, the last one meaning one task per row for {@code threads} workers. */
    public int[] factorsWithPerRow(int threads) {
        int[] f = java.util.Arrays.copyOf(SWEEP_FACTORS, SWEEP_FACTORS.length + 1);
        f[f.length - 1] = Math.max(1, (view.height() + threads - 1) / threads);
        return f;
    }

    /**
     * Speedup over sequential against the thread count for ForkJoin with {@code factor}: measured for
     * 1 .. {@link #maxMeasuredThreads()}, simulated (over-partitioned and static bands) for
     * {@link #SIMULATED_WORKERS} and the measured counts.
     */
    public SweepResult threadSweep(int factor) {
        OtherLoad load = OtherLoad.start();
        long seq = sequentialNanos();
        List<Point> measured = new ArrayList<>();
        for (int t = 1; t <= maxMeasuredThreads(); t++) {
            measured.add(new Point(Integer.toString(t), t, (double) seq / best(Schedule.FORKJOIN, t, factor).nanos));
        }
        java.util.TreeSet<Integer> counts = new java.util.TreeSet<>();
        for (int w : SIMULATED_WORKERS) {
            counts.add(w);
        }
        for (int t = 1; t <= maxMeasuredThreads(); t++) {
            counts.add(t);
        }
        List<Point> simulated = new ArrayList<>();
        List<Point> simulatedStatic = new ArrayList<>();
        for (int w : counts) {
            simulated.add(new Point(Integer.toString(w), w, simulate(Schedule.FORKJOIN, w, factor).speedup()));
            simulatedStatic.add(new Point(Integer.toString(w), w, simulate(Schedule.STATIC, w, 1).speedup()));
        }
        return new SweepResult("Speedup vs threads (ForkJoin, factor " + factor + ")", "threads / virtual workers",
                List.copyOf(measured), List.copyOf(simulated), List.copyOf(simulatedStatic), 0, factor, share(load));
    }

    // ---- timing -------------------------------------------------------------------------------

    private record Best(long nanos, Frame frame) {
    }

    /** Warm-up renders, then the fastest of {@code reps} renders of the setting (its frame kept). */
    private Best best(Schedule schedule, int threads, int factor) {
        RenderRequest request = RenderRequest.of(view, maxIter).withSchedule(schedule, factor);
        try (Renderer r = new Renderer(kernel, schedule == Schedule.SEQUENTIAL ? 1 : threads)) {
            for (int i = 0; i < warmups; i++) {
                r.render(request);
            }
            Frame best = null;
            for (int i = 0; i < reps; i++) {
                best = faster(best, r.render(request));
            }
            return new Best(best.wallNanos(), best);
        }
    }
}
