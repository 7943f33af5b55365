package dev.mandel.gui.classroom;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import dev.mandel.simulate.OtherLoad;
import dev.mandel.simulate.RowCosts;
import dev.mandel.simulate.SimResult;
import dev.mandel.simulate.Simulator;
import dev.mandel.timing.FrameRound;
import dev.mandel.timing.TimingHarness;
import dev.mandel.view.Viewport;

import java.util.ArrayList;
import java.util.List;

/**
 * The classroom's measurements and predictions for one view: every render here is real (this
 * machine, the chosen kernel, a dedicated pool per thread count), each timing is the best of a few
 * repetitions after a warm-up until the JIT settles ({@link TimingHarness}), and every speedup compares two settings timed alternately (so
 * load from other processes hits both alike). Every prediction is {@link Simulator#run} on per-row costs
 * measured from the same view. Blocking and CPU-heavy: call it from a background thread only.
 *
 * <p>The costs fed to the simulator are the view's per-row escape iterations ({@link RowCosts#iterations}):
 * exact, identical on every machine and run, so a prediction is the model's alone. Per-row
 * nanoseconds ({@link RowCosts#measuredNanos}) are not used: on a shared laptop another process's
 * burst inflates a few rows' medians, and a one-task-per-row replay on 88 workers ends with the
 * dearest row, so a few inflated rows would cap the prediction.
 */
public final class ClassroomBench {

    /** Factors of the partition sweep; the sweep adds one task per row after them. */
    public static final int[] SWEEP_FACTORS = {1, 2, 4, 8, 16, 32};

    /** Virtual worker counts of the thread sweep beyond this machine (teachers ask for 8, 32 and 88). */
    public static final int[] SIMULATED_WORKERS = {1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 88};

    private final Viewport view;
    private final int maxIter;
    private final EscapeKernel kernel;
    private final int warmups;
    private final int reps;
    private final int cores;
    private RowCosts rowCosts;

    /**
     * @param warmups 0 to time without a warm-up (tests); otherwise each timed series is preceded by
     *                a warm-up until the JIT settles
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

    // ---- the simulator's input ------------------------------------------------------------------

    /**
     * Per-row escape iterations of this view, from one render (exact and the same on every machine
     * and every run); computed once per bench.
     */
    public synchronized RowCosts rowCosts() {
        if (rowCosts == null) {
            try (Renderer one = new Renderer(kernel, 1)) {
                rowCosts = RowCosts.iterations(one.render(RenderRequest.of(view, maxIter)
                        .withSchedule(Schedule.SEQUENTIAL, 1)));
            }
        }
        return rowCosts;
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

    /**
     * Times the sequential baseline and the chosen setting alternately (so both see the same load
     * from other processes); simulates the chosen setting on the row costs.
     */
    public Prediction predictAndMeasure(Schedule schedule, int threads, int factor, double guess) {
        RowCosts costs = rowCosts();
        OtherLoad load = OtherLoad.start();
        Frame[] pair = alternate(Schedule.SEQUENTIAL, 1, 1, schedule, threads, factor);
        SimResult sim = Simulator.run(costs, schedule, threads, factor);
        return new Prediction(schedule, threads, factor, guess, sim, pair[0].wallNanos(), pair[1].wallNanos(), pair[1],
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
        Frame[] pair = alternate(Schedule.STATIC, threads, 1, Schedule.FORKJOIN, threads, factor);
        return new AB(pair[0], pair[1], threads, factor, share(load));
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
        rowCosts();
        OtherLoad load = OtherLoad.start();
        List<Point> measured = new ArrayList<>();
        List<Point> simulated = new ArrayList<>();
        int[] factors = factorsWithPerRow(threads);
        for (int i = 0; i < factors.length; i++) {
            String label = i == factors.length - 1 ? "per row" : Integer.toString(factors[i]);
            measured.add(new Point(label, i, measuredSpeedup(threads, factors[i])));
            simulated.add(new Point(label, i, simulate(Schedule.FORKJOIN, threads, factors[i]).speedup()));
        }
        // Static bands do not depend on the factor: the flat line over-partitioning has to beat.
        double staticSpeedup = simulate(Schedule.STATIC, threads, 1).speedup();
        List<Point> simulatedStatic = simulated.stream().map(p -> new Point(p.label(), p.x(), staticSpeedup)).toList();
        return new SweepResult("Speedup vs partition factor, " + threads + " threads", "partition factor",
                List.copyOf(measured), List.copyOf(simulated), simulatedStatic, threads, 0, share(load));
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
        rowCosts();
        OtherLoad load = OtherLoad.start();
        List<Point> measured = new ArrayList<>();
        for (int t = 1; t <= maxMeasuredThreads(); t++) {
            measured.add(new Point(Integer.toString(t), t, measuredSpeedup(t, factor)));
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

    /** Sequential best time over ForkJoin's, timed alternately. */
    private double measuredSpeedup(int threads, int factor) {
        Frame[] pair = alternate(Schedule.SEQUENTIAL, 1, 1, Schedule.FORKJOIN, threads, factor);
        return (double) pair[0].wallNanos() / pair[1].wallNanos();
    }

    /**
     * Two settings, each on its own renderer, timed by the {@link TimingHarness}: warmed up until
     * the JIT settles (unless this bench was made with no warm-ups), then {@code reps} rounds of A
     * then B, keeping the fastest frame of each. Alternating makes a burst of load from another
     * process hit both settings alike instead of spoiling one of them.
     */
    private Frame[] alternate(Schedule sa, int threadsA, int factorA, Schedule sb, int threadsB, int factorB) {
        RenderRequest base = RenderRequest.of(view, maxIter);
        try (Renderer ra = new Renderer(kernel, sa == Schedule.SEQUENTIAL ? 1 : threadsA);
             Renderer rb = new Renderer(kernel, sb == Schedule.SEQUENTIAL ? 1 : threadsB)) {
            List<FrameRound> rounds = List.of(new FrameRound(ra, base.withSchedule(sa, factorA)),
                    new FrameRound(rb, base.withSchedule(sb, factorB)));
            List<Woken> woken = rounds.stream().map(Woken::new).toList();
            if (warmups > 0) {
                TimingHarness.warmUp(woken);
            }
            rounds.forEach(FrameRound::reset);
            TimingHarness.measure(woken, reps);
            return new Frame[] {rounds.get(0).fastest(), rounds.get(1).fastest()};
        }
    }

    /** Workers woken before a timed frame spin at most this long if the frame were not to come. */
    private static final long WAKE_SPIN_NANOS = 200_000_000L;
    private static final long WAKE_TIMEOUT_NANOS = 50_000_000L;

    /**
     * A frame round whose workers are woken first: a pool parked during the other setting's frame
     * would otherwise start its frame milliseconds late on some workers (the operating system's
     * wake-up, not the schedule), which on a short frame decides the speedup. The timelines still
     * show when each worker started.
     */
    private record Woken(FrameRound round) implements dev.mandel.timing.Round {
        @Override
        public long runNanos() {
            round.renderer().wake(WAKE_SPIN_NANOS, WAKE_TIMEOUT_NANOS, round.request().schedule());
            return round.runNanos();
        }
    }
}
