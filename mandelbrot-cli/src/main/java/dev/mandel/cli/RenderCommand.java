package dev.mandel.cli;

import dev.mandel.color.ColourTable;
import dev.mandel.color.Colorizer;
import dev.mandel.color.Palette;
import dev.mandel.color.Supersampler;
import dev.mandel.farm.BandPlan;
import dev.mandel.io.OutputTarget;
import dev.mandel.io.OutputTransaction;
import dev.mandel.io.OutputTransaction.Output;
import dev.mandel.io.NpyWriter;
import dev.mandel.io.RowTotalsCsv;
import dev.mandel.json.TraceWriter;
import dev.mandel.poster.NpySink;
import dev.mandel.poster.SupersampledPngSink;
import dev.mandel.poster.PngSink;
import dev.mandel.poster.PosterResult;
import dev.mandel.poster.PosterProgress;
import dev.mandel.poster.PosterSink;
import dev.mandel.poster.PosterSpec;
import dev.mandel.poster.StripPipeline;
import dev.mandel.poster.StripPlan;
import dev.mandel.kernel.EscapeKernel;
import dev.mandel.render.Renderer;
import dev.mandel.session.Settings;
import dev.mandel.settings.ColourSettings;
import dev.mandel.settings.DeepViewSettings;
import dev.mandel.settings.EngineSettings;
import dev.mandel.settings.RequestedView;
import dev.mandel.settings.ViewSettings;
import dev.mandel.timing.RenderWarmup;
import dev.mandel.timing.Round;
import dev.mandel.timing.Timings;
import dev.mandel.timing.TimingHarness;
import dev.mandel.timing.Warmup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code mandelbrot render}: one view to a PNG image or an {@code .npy} array of escape counts,
 * optionally with its per-row cost and task trace, and a summary of what it cost.
 *
 * <p>Every option is checked, and every output path with it, before any work starts. Images of any
 * size stream to disk in strips ({@link StripPlan}); each file appears complete or not at all.
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render a view to a PNG image or an .npy array of escape counts and print what it cost.",
            "Posters larger than memory render in strips and stream to disk."})
final class RenderCommand implements Callable<Integer> {

    @Mixin
    ViewOptions viewOptions;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--palette", defaultValue = "classic", paramLabel = "NAME",
            converter = Converters.PaletteName.class,
            description = "Colour palette: classic, fire, ocean, aurora, grayscale (default ${DEFAULT-VALUE}).")
    Palette palette;

    @Option(names = "--smooth",
            description = "Smooth (continuous) colouring instead of bands; with .npy, float32 continuous counts.")
    boolean smooth;

    @Option(names = "--aa", defaultValue = "1", paramLabel = "N",
            description = "Anti-aliasing: N x N samples per pixel on a grid N times finer, averaged in linear light "
                    + "(1 = off, up to 4; PNG only; --rows and --trace then describe the finer render).")
    int antiAlias;

    @Option(names = {"-o", "--output"}, defaultValue = "mandelbrot.png", paramLabel = "FILE",
            description = ".png image or .npy int32 escape counts, shape (H, W) (default ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--rows", paramLabel = "FILE.csv", description = "Also write per-row iteration totals as CSV.")
    Path rows;

    @Option(names = "--trace", paramLabel = "FILE.csv|FILE.json",
            description = "Also write the task trace (rows, worker, start/end ns, iterations per task).")
    Path trace;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Render N times after the warm-up and print the best and median G iterations/s;"
                    + " the file is written from the last render (default ${DEFAULT-VALUE}).")
    int repeat;

    @Mixin
    ClusterOptions clusterOptions;

    @Option(names = "--task-rows", paramLabel = "N",
            description = "With --cluster: rows per farm task (default: about 8 tasks per worker, at least 32 kpx each).")
    Integer taskRows;

    @Spec
    CommandSpec spec;

    /** Largest --repeat: enough for a median that means something, small enough to finish. */
    static final int MAX_REPEAT = 1000;

    @Override
    public Integer call() throws Exception {
        RequestedView resolved = viewOptions.resolveAny();
        EngineSettings engine = engineOptions.resolve();
        ColourSettings colour = new ColourSettings(palette, smooth);
        if (repeat < 1 || repeat > MAX_REPEAT) {
            throw new IllegalArgumentException("--repeat must be between 1 and " + MAX_REPEAT + ", got " + repeat);
        }
        Args.named("--aa", () -> Supersampler.checkFactor(antiAlias));
        try (OutputTransaction tx = new OutputTransaction()) {
            Output image = tx.add(output, "--output", ".png", ".npy");
            // A device or pipe has no extension: it gets a PNG.
            boolean npy = image.target().kind() != OutputTarget.Kind.SPECIAL && Outputs.hasExtension(output, ".npy");
            Output rowsCsv = rows == null ? null : tx.add(rows, "--rows", ".csv");
            Output traceFile = trace == null ? null : tx.add(trace, "--trace", ".csv", ".json");
            return render(tx, resolved, engine, colour, image, npy, rowsCsv, traceFile);
        }
    }

    /** Renders into the transaction's outputs and commits them, all together. */
    private int render(OutputTransaction tx, RequestedView resolved, EngineSettings engine, ColourSettings colour,
                       Output image, boolean npy, Output rowsCsv, Output traceFile) throws Exception {
        boolean traceJson = trace != null && Outputs.hasExtension(trace, ".json");
        if (antiAlias > 1 && npy) {
            throw new IllegalArgumentException("--aa applies to PNG images; an .npy file holds escape counts, one per pixel");
        }
        if (antiAlias > 1 && (resolved instanceof DeepViewSettings || clusterOptions.given())) {
            throw new IllegalArgumentException("--aa is not available for deep views (beyond double precision) or with"
                    + " --cluster yet");
        }
        if (resolved instanceof DeepViewSettings && (clusterOptions.given() || taskRows != null)) {
            throw new IllegalArgumentException("--cluster renders views that double precision resolves; this one takes"
                    + " the deep path, which the farm does not run yet (docs/render-farm.md: reference orbits)");
        }
        if (resolved instanceof DeepViewSettings deep) {
            return DeepRenderRun.run(deep, engine, engineOptions.stripRows, colour, tx, image, npy, rowsCsv, traceFile,
                    traceJson, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        ViewSettings view = (ViewSettings) resolved;
        Palette pal = colour.palette();
        // Anti-aliased: the same region rendered on a finer grid, averaged back while streaming.
        var rendered = antiAlias == 1 ? view.view() : Supersampler.fineView(view.view(), antiAlias);

        // With .npy, --smooth writes the continuous counts (float32) instead of the integer ones.
        PosterSpec request = new PosterSpec(rendered, view.maxIter(), engine.schedule(), engine.partitionFactor(),
                smooth);
        StripPlan plan = StripPlan.of(request, engineOptions.stripRows);
        int width = view.view().width();
        int height = view.view().height();
        if (npy) {
            Outputs.requireDiskSpace(image, NpyWriter.fileBytes(height, width), "--output " + output);
        }

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (clusterOptions.given()) {
            if (traceFile != null) {
                throw new IllegalArgumentException("--trace records this machine's threads; it is not available with"
                        + " --cluster (the summary lists tasks per worker)");
            }
            if (repeat != 1) {
                throw new IllegalArgumentException("--repeat times this machine's renderer; it is not available with"
                        + " --cluster");
            }
            if (taskRows != null) {
                BandPlan.checkRowsPerTask(view.view(), taskRows);
            }
            ClusterOptions.Checked checked = clusterOptions.check();
            return renderOnFarm(checked, view, request, pal, tx, image, npy, rowsCsv, out, err);
        }
        if (taskRows != null) {
            throw new IllegalArgumentException("--task-rows needs --cluster (it sizes the farm's tasks)");
        }
        out.println(plan.describe());
        out.flush();
        PosterResult[] result = new PosterResult[1];
        Timings[] timings = new Timings[1];
        Warmup warm;
        String kernel;
        EscapeKernel chosen = Args.named("--precision", () -> engine.kernelFor(view.view(), view.maxIter()));
        try (Renderer renderer = new Renderer(chosen, engine.threads())) {
            kernel = renderer.kernel().describe();
            warm = engineOptions.warmup ? RenderWarmup.run(renderer, request) : Warmup.NONE;
            tx.write(image, stream -> {
                PosterSink sink = npy
                        ? new NpySink(stream, width, height, smooth, view.maxIter())
                        : antiAlias > 1
                        ? new SupersampledPngSink(stream, width, height, antiAlias, new Colorizer(pal, view.maxIter()))
                        : new PngSink(stream, width, height, new ColourTable(pal, view.maxIter()));
                int[] runs = {0};
                // Every repetition renders the whole view; only the last one feeds the file.
                Round render = () -> {
                    boolean last = ++runs[0] == repeat;
                    StripPipeline strips = new StripPipeline(renderer,
                            last ? ProgressBar.forRender(err, rendered.height()) : PosterProgress.NONE);
                    try {
                        result[0] = strips.run(request, plan, last ? sink : (strip, from, to) -> { });
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return result[0].renderNanos();
                };
                try {
                    timings[0] = TimingHarness.measure(List.of(render), repeat).getFirst();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                sink.finish();
            });
        }
        PosterResult done = result[0];
        if (rowsCsv != null) {
            tx.write(rowsCsv, stream -> RowTotalsCsv.write(stream, rendered, done.rowTotals()));
        }
        if (traceFile != null) {
            Settings settings = new Settings(done.kernel(), engine.schedule(), engine.threads(),
                    engine.partitionFactor(), view.maxIter(), 0, rendered.height());
            tx.write(traceFile, stream -> TraceWriter.write(stream, traceJson, rendered, settings, done.renderNanos(),
                    done.iterations(), done.trace()));
        }
        tx.commit();
        out.println(Summary.what(view.label(), request, engine.threads(), done, plan.rowsPerStrip(), kernel));
        out.println(Summary.cost(done, warm));
        if (repeat > 1) {
            out.println(Summary.repeated(timings[0], done.iterations()));
        }
        if (antiAlias > 1) {
            out.println("anti-aliased: " + antiAlias + "x" + antiAlias + " samples per pixel, rendered at "
                    + rendered.width() + "x" + rendered.height() + ", written at " + width + "x" + height);
        }
        printWritten(out, tx);
        return 0;
    }

    /** One "wrote FILE" line per output, once all of them are in place. */
    static void printWritten(PrintWriter out, OutputTransaction tx) {
        for (Output o : tx.outputs()) {
            out.println("wrote " + o.path());
        }
        out.flush();
    }

    private int renderOnFarm(ClusterOptions.Checked checked, ViewSettings view, PosterSpec request, Palette pal,
                             OutputTransaction tx, Output image, boolean npy, Output rowsCsv, PrintWriter out,
                             PrintWriter err) throws Exception {
        int width = view.view().width();
        int height = view.view().height();
        FarmRender.Result[] result = new FarmRender.Result[1];
        String engine;
        try (ClusterOptions.Farm farm = checked.connect()) {
            engine = farm.engine().name();
            tx.write(image, stream -> {
                PosterSink sink = npy
                        ? new NpySink(stream, width, height, smooth, view.maxIter())
                        : new PngSink(stream, width, height, new ColourTable(pal, view.maxIter()));
                result[0] = FarmRender.run(farm, request, taskRows, sink, JobProgressLine.forTerminal(err));
                sink.finish();
            });
        }
        FarmRender.Result done = result[0];
        if (rowsCsv != null) {
            tx.write(rowsCsv, stream -> RowTotalsCsv.write(stream, view.view(), done.rowTotals()));
        }
        tx.commit();
        out.println(FarmRender.what(view.label(), request, done, engine));
        out.println(FarmRender.cost(done));
        out.println("farm: " + done.progress().line());
        printWritten(out, tx);
        return 0;
    }
}
