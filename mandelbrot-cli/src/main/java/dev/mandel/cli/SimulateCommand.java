package dev.mandel.cli;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.color.CostMap;
import dev.mandel.io.OutputTransaction;
import dev.mandel.io.OutputTransaction.Output;
import dev.mandel.io.PngWriter;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import dev.mandel.kernel.EscapeKernel;
import dev.mandel.kernel.LaneOccupancy;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import dev.mandel.session.Session;
import dev.mandel.json.SessionFile;
import dev.mandel.simulate.FourSteps;
import dev.mandel.simulate.OtherLoad;
import dev.mandel.simulate.RowCosts;
import dev.mandel.simulate.Simulator;
import dev.mandel.simulate.Sweep;
import dev.mandel.chart.SweepChart;
import dev.mandel.simulate.Validation;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code mandelbrot simulate}: replays a view's per-row costs on many virtual workers under static
 * bands, cyclic rows and over-partitioned work stealing, prints the speedups and charts them; with
 * {@code --validate} it also times the real renderer on this machine against the model.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Predict speedups on N cores from a view's measured per-row costs.",
            "Model: each row costs what it was measured to cost; handing out a task is free; no memory,"
                + " SMT or clock effects. Over-partitioned = F x N contiguous chunks, a free worker takes"
                + " the next one."})
final class SimulateCommand implements Callable<Integer> {

    private static final int MAX_FACTOR = 1 << 20;

    @Mixin
    ViewOptions viewOptions = new ViewOptions(Preset.MOJO);

    @Option(names = "--workers", paramLabel = "N,N,...", defaultValue = "1,2,4,8,16,32,88",
            description = "Virtual worker counts, comma-separated (default ${DEFAULT-VALUE}).")
    String workers;

    @Option(names = "--partition-factor", paramLabel = "F,F,...", defaultValue = "1,2,4,8,16,32",
            description = "Partition factors F (tasks per worker), comma-separated (default ${DEFAULT-VALUE}).")
    String factors;

    @Option(names = "--costs", paramLabel = "UNIT", defaultValue = "iterations",
            description = "Row cost unit: iterations (exact) or ns (timed on 1 thread, one task per row, median of"
                    + " --reps renders) (default ${DEFAULT-VALUE}).")
    String costs;

    @Option(names = "--chart", paramLabel = "FILE", defaultValue = "simulate.png", description = "Chart PNG (default ${DEFAULT-VALUE}).")
    Path chart;

    @Option(names = "--validate",
            description = "Also time the real renderer on 1 and 2 threads and compare with the model.")
    boolean validate;

    @Option(names = "--reps", paramLabel = "N", defaultValue = "5",
            description = "Timed repetitions for --validate and --costs ns (default ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--session", paramLabel = "FILE", description = "Replay the costs saved in this session file instead of rendering.")
    Path session;

    @Option(names = "--save-session", paramLabel = "FILE", description = "Save the rendered frame (view, settings, costs, trace, machine) as JSON.")
    Path saveSession;

    @Option(names = "--lanes",
            description = "Also measure SIMD lane occupancy (instrumented vector kernel) and print it.")
    boolean lanes;

    @Option(names = "--lane-map", paramLabel = "FILE", description = "With --lanes: write a PNG of wasted lane-steps per pixel (brighter = more waste).")
    Path laneMap;

    @Option(names = "--kernel", defaultValue = "auto", paramLabel = "auto|scalar|vector",
            description = "Escape kernel for the renders behind the costs and the validation (default ${DEFAULT-VALUE}).")
    String kernel;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads of the render behind the costs, and the parallel runs of --validate"
                    + " (default: all cores).")
    Integer threads;

    /** The kernel and thread count asked for, checked with the other options. */
    private KernelChoice kernelChoice;
    private int threadCount;

    @Override
    public Integer call() throws Exception {
        int[] workerCounts = intList("--workers", workers, 1, Simulator.MAX_WORKERS);
        int[] factorList = intList("--partition-factor", factors, 1, MAX_FACTOR);
        boolean nanos = costUnit(costs);
        kernelChoice = KernelChoice.parse(kernel);
        threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : Args.threads(threads);
        if (reps < 1 || reps > 1000) {
            throw new IllegalArgumentException("--reps must be between 1 and 1000, got " + reps);
        }
        if (laneMap != null) {
            lanes = true;
        }
        if (session != null && (validate || lanes || saveSession != null || viewOptions.anyGiven())) {
            throw new IllegalArgumentException("--session replays a saved frame; it cannot be combined with "
                    + "--validate, --lanes, --save-session or a view option (--preset, --region, --center, --size, --max-iter)");
        }
        ViewOptions.Choice choice = session == null ? viewOptions.resolve() : null;
        try (OutputTransaction tx = new OutputTransaction()) {
            Output chartFile = tx.add(chart, "--chart", ".png");
            Output sessionFile = saveSession == null ? null : tx.add(saveSession, "--save-session", ".json");
            Output laneFile = laneMap == null ? null : tx.add(laneMap, "--lane-map", ".png");
            simulate(choice, nanos, workerCounts, factorList, tx, chartFile, sessionFile, laneFile);
        }
        return 0;
    }

    private void simulate(ViewOptions.Choice choice, boolean nanos, int[] workerCounts, int[] factorList,
                          OutputTransaction tx, Output chartFile, Output sessionFile, Output laneFile)
            throws IOException {
        PrintStream out = System.out;
        RowCosts rowCosts;
        String what;
        RenderRequest request = null;
        if (session != null) {
            Session s = SessionFile.load(session);
            rowCosts = nanos ? s.nanosecondCosts() : s.iterationCosts();
            what = describe(s.view(), s.settings().maxIter()) + " from " + session.getFileName() + " ("
                    + s.machine().summary() + ")";
        } else {
            Viewport view = choice.view();
            int iter = choice.maxIter();
            request = RenderRequest.of(view, iter);
            Frame frame = render(request);
            rowCosts = nanos ? measuredRowNanos(request) : RowCosts.iterations(frame);
            what = choice.label() + ": " + describe(view, iter);
            if (sessionFile != null) {
                Session captured = Session.capture(frame);
                tx.write(sessionFile, stream -> SessionFile.write(stream, captured));
            }
        }

        out.printf(Locale.ROOT, "%s%ncosts: %s per row, %s in all%n%n", what,
                rowCosts.unit() == RowCosts.Unit.ITERATIONS ? "iterations (exact)" : "ns (median of " + reps + " renders on 1 thread, one task per row)",
                grouped(rowCosts.total()));
        Sweep sweep = Sweep.of(rowCosts, workerCounts, factorList);
        SimulationTables.speedups(out, sweep);
        SimulationTables.detail(out, sweep, workerCounts.length - 1);
        JFreeChart sweepChart = SweepChart.chart(sweep, "Simulated speedup vs partition factor",
                what + ", costs in " + rowCosts.unit().label() + ".");
        tx.write(chartFile, stream -> ChartUtils.writeChartAsPNG(stream, sweepChart, 1000, 620));

        if (lanes) {
            lanes(out, request, tx, laneFile);
        }
        if (validate) {
            validate(out, request, factorList);
        }
        tx.commit();
        out.println("wrote " + chartFile.path());
        if (laneFile != null) {
            out.println("wrote " + laneFile.path());
        }
        if (sessionFile != null) {
            out.println("saved session " + sessionFile.path());
        }
    }

    /** One render with the kernel and threads asked for: the exact per-row iterations and a trace. */
    private Frame render(RenderRequest request) {
        try (Renderer r = new Renderer(KernelProvider.forChoice(kernelChoice), threadCount)) {
            return r.render(request);
        }
    }

    /**
     * Per-row nanoseconds measured as the validation measures them: one thread, one task per row,
     * per-row median of several renders after a warm-up. One render is not enough: a single row
     * hit by a GC pause or a descheduling would become the dearest row and dominate at 88 workers.
     */
    private RowCosts measuredRowNanos(RenderRequest request) {
        try (Renderer one = new Renderer(KernelProvider.forChoice(kernelChoice), 1)) {
            return RowCosts.measuredNanos(one, request, reps);
        }
    }

    private void validate(PrintStream out, RenderRequest request, int[] factorList) {
        EscapeKernel chosen = KernelProvider.forChoice(kernelChoice);
        int parallel = Math.max(2, threadCount);
        out.printf(Locale.ROOT, "%nQuick measurement on this machine (%d cores, %d doubles/vector; warm-up until the"
                        + " JIT settles, best and median of %d; not JMH)%n", Runtime.getRuntime().availableProcessors(),
                KernelProvider.vectorLanes(), reps);
        OtherLoad stepsLoad = OtherLoad.start();
        var steps = FourSteps.measure(request, parallel, RenderRequest.DEFAULT_PARTITION_FACTOR, reps);
        SimulationTables.fourSteps(out, steps);
        printOtherLoad(out, stepsLoad);
        out.println();
        out.println("Validation: predicted (simulator, per-row ns measured on 1 thread) vs measured makespan");
        OtherLoad validationLoad = OtherLoad.start();
        Validation.Report report = Validation.run(chosen, request, new int[] {1, parallel}, factorList, reps,
                line -> System.err.println(line));
        SimulationTables.validation(out, report);
        printOtherLoad(out, validationLoad);
    }

    private static void printOtherLoad(PrintStream out, OtherLoad load) {
        load.share().ifPresent(share -> out.printf(Locale.ROOT,
                "other processes used %.0f%% of this machine's CPU time meanwhile%s%n", share * 100,
                share > 0.05 ? " (timings, the 2-thread ones most, are disturbed)" : ""));
    }

    private void lanes(PrintStream out, RenderRequest request, OutputTransaction tx, Output laneFile)
            throws IOException {
        if (!LaneOccupancy.available()) {
            throw new IllegalStateException("--lanes needs the Vector API: start the JVM with --add-modules=jdk.incubator.vector");
        }
        Viewport view = request.view();
        LaneOccupancy occ = LaneOccupancy.measure(view, request.maxIter());
        int worst = 0;
        for (int r = 1; r < view.height(); r++) {
            if (occ.rowOccupancy(r) < occ.rowOccupancy(worst)) {
                worst = r;
            }
        }
        out.printf(Locale.ROOT, "%nSIMD lane occupancy (%d doubles per vector, %d vectors per block): %.1f%% of issued"
                        + " lane-steps did useful work; lowest row %d at %.1f%%%n", occ.lanes(), occ.interleave(),
                occ.occupancy() * 100, worst, occ.rowOccupancy(worst) * 100);
        if (laneFile != null) {
            int[] wasted = occ.wastedLaneSteps();
            int[] argb = new int[wasted.length];
            CostMap.forCounts(wasted).colour(wasted, argb, 0, argb.length);
            tx.write(laneFile, stream -> PngWriter.write(stream, argb, view.width(), view.height()));
        }
    }

    /** A comma-separated list of whole numbers in {@code [min, max]}; sorted, duplicates dropped. */
    static int[] intList(String option, String text, int min, int max) {
        TreeSet<Integer> values = new TreeSet<>();
        String[] parts = text.split(",", -1);
        for (String part : parts) {
            String t = part.strip();
            if (t.isEmpty()) {
                throw new IllegalArgumentException(option + " '" + text + "' has an empty entry; give numbers like 1,2,4");
            }
            long v;
            try {
                v = Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " '" + text + "': '" + t + "' is not a whole number");
            }
            if (v < min || v > max) {
                throw new IllegalArgumentException(option + " '" + text + "': " + v + " is out of range (allowed "
                        + min + " to " + max + ")");
            }
            values.add((int) v);
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean costUnit(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "iterations" -> false;
            case "ns" -> true;
            default -> throw new IllegalArgumentException("unknown --costs '" + text + "' (allowed: iterations, ns)");
        };
    }

    private static String describe(Viewport v, int maxIter) {
        return String.format(Locale.ROOT, "[%s, %s] x [%s, %s], %dx%d, max-iter %d",
                num(v.xMin()), num(v.xMax()), num(v.yMin()), num(v.yMax()), v.width(), v.height(), maxIter);
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    static String grouped(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
