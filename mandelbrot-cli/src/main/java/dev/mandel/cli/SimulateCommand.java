package dev.mandel.cli;

import dev.mandel.chart.SweepChart;
import dev.mandel.io.OutputTransaction;
import dev.mandel.io.OutputTransaction.Output;
import dev.mandel.kernel.KernelChoice;
import dev.mandel.kernel.Precision;
import dev.mandel.render.RenderRequest;
import dev.mandel.schedule.Schedule;
import dev.mandel.settings.EngineSettings;
import dev.mandel.settings.ViewSettings;
import dev.mandel.simulate.RowCosts;
import dev.mandel.simulate.Sweep;
import dev.mandel.view.Preset;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code mandelbrot simulate}: replays a view's per-row costs on many virtual workers under static
 * bands, cyclic rows and over-partitioned work stealing, prints the speedups and charts them. The
 * costs come from {@link SimulationCosts} (a render or a saved session); {@code --lanes} is
 * {@link SimulateLanes}, {@code --validate} is {@link SimulateValidation}.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Predict speedups on N cores from a view's measured per-row costs.",
            "Model: each row costs what it was measured to cost; handing out a task is free; no memory,"
                + " SMT or clock effects. Over-partitioned = F x N contiguous chunks, a free worker takes"
                + " the next one."})
final class SimulateCommand implements Callable<Integer> {

    @Mixin
    ViewOptions viewOptions = new ViewOptions(Preset.MOJO);

    @Option(names = "--workers", paramLabel = "N,N,...", defaultValue = "1,2,4,8,16,32,88",
            converter = Converters.WorkerCounts.class,
            description = "Virtual worker counts, comma-separated (default ${DEFAULT-VALUE}).")
    Converters.NumberList workers;

    @Option(names = "--partition-factor", paramLabel = "F,F,...", defaultValue = "1,2,4,8,16,32",
            converter = Converters.PartitionFactors.class,
            description = "Partition factors F (tasks per worker), comma-separated (default ${DEFAULT-VALUE}).")
    Converters.NumberList factors;

    @Option(names = "--costs", paramLabel = "UNIT", defaultValue = "iterations", converter = Converters.CostUnit.class,
            description = "Row cost unit: iterations (exact) or ns (timed on 1 thread, one task per row, median of"
                    + " --reps renders) (default ${DEFAULT-VALUE}).")
    RowCosts.Unit costs;

    @Option(names = "--chart", paramLabel = "FILE", defaultValue = "simulate.png", description = "Chart PNG (default ${DEFAULT-VALUE}).")
    Path chart;

    @Option(names = "--validate",
            description = "Also time the real renderer on 1 and --threads threads and compare with the model.")
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
            converter = Converters.KernelName.class,
            description = "Escape kernel for the renders behind the costs and the validation (default ${DEFAULT-VALUE}).")
    KernelChoice kernel;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads of the render behind the costs, and the parallel runs of --validate"
                    + " (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (reps < 1 || reps > 1000) {
            throw new IllegalArgumentException("--reps must be between 1 and 1000, got " + reps);
        }
        EngineSettings engine = new EngineSettings(kernel, Precision.DOUBLE, Schedule.FORKJOIN, Args.threads(threads),
                RenderRequest.DEFAULT_PARTITION_FACTOR, 0);
        if (validate && engine.threads() < 2) {
            throw new IllegalArgumentException("--validate compares 1 thread with --threads N; give N of at least 2,"
                    + " got " + engine.threads());
        }
        if (laneMap != null) {
            lanes = true;
        }
        if (session != null && (validate || lanes || saveSession != null || viewOptions.anyGiven())) {
            throw new IllegalArgumentException("--session replays a saved frame; it cannot be combined with "
                    + "--validate, --lanes, --save-session or a view option (--preset, --region, --center, --size, --max-iter)");
        }
        ViewSettings view = session == null ? viewOptions.resolve() : null;
        try (OutputTransaction tx = new OutputTransaction()) {
            Output chartFile = tx.add(chart, "--chart", ".png");
            Output sessionFile = saveSession == null ? null : tx.add(saveSession, "--save-session", ".json");
            Output laneFile = laneMap == null ? null : tx.add(laneMap, "--lane-map", ".png");
            PrintStream out = System.out;
            SimulationCosts source = session != null ? SimulationCosts.fromSession(session, costs)
                    : SimulationCosts.render(view, engine, costs, reps, tx, sessionFile);
            sweep(out, source, tx, chartFile);
            if (lanes) {
                SimulateLanes.run(out, source.request(), tx, laneFile);
            }
            if (validate) {
                SimulateValidation.run(out, engine, source.request(), factors.values(), reps);
            }
            tx.commit();
            for (Output o : tx.outputs()) {
                out.println((o == sessionFile ? "saved session " : "wrote ") + o.path());
            }
        }
        return 0;
    }

    /** The simulation itself: speedup and detail tables, and the chart of speedup against partition factor. */
    private void sweep(PrintStream out, SimulationCosts source, OutputTransaction tx, Output chartFile)
            throws IOException {
        RowCosts rowCosts = source.costs();
        out.printf(Locale.ROOT, "%s%ncosts: %s per row, %s in all%n%n", source.what(),
                rowCosts.unit() == RowCosts.Unit.ITERATIONS ? "iterations (exact)"
                        : "ns (median of " + reps + " renders on 1 thread, one task per row)",
                grouped(rowCosts.total()));
        Sweep sweep = Sweep.of(rowCosts, workers.values(), factors.values());
        SimulationTables.speedups(out, sweep);
        SimulationTables.detail(out, sweep, workers.values().length - 1);
        JFreeChart sweepChart = SweepChart.chart(sweep, "Simulated speedup vs partition factor",
                source.what() + ", costs in " + rowCosts.unit().label() + ".");
        tx.write(chartFile, stream -> ChartUtils.writeChartAsPNG(stream, sweepChart, 1000, 620));
    }

    static String grouped(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
