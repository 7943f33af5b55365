package dev.mandel.cli;

import dev.mandel.chart.BandCost;
import dev.mandel.chart.RowCostChart;
import dev.mandel.io.OutputTarget;
import dev.mandel.io.OutputTransaction;
import dev.mandel.io.OutputTransaction.Output;
import dev.mandel.io.RowTotalsCsv;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import dev.mandel.poster.PosterResult;
import dev.mandel.poster.PosterSpec;
import dev.mandel.poster.StripPipeline;
import dev.mandel.poster.StripPlan;
import dev.mandel.kernel.EscapeKernel;
import dev.mandel.render.Renderer;
import dev.mandel.settings.EngineSettings;
import dev.mandel.settings.ViewSettings;
import dev.mandel.view.ImageSize;
import dev.mandel.timing.RenderWarmup;
import dev.mandel.timing.Warmup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code mandelbrot rows}: what each row of a view costs, as a chart (iterations per row, log scale,
 * with the static bands shaded) and as CSV. The view is rendered exactly as {@code render} would,
 * in strips when large, but no image is kept.
 */
@Command(name = "rows", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Chart the cost of each row of a view (total iterations, log scale) as a PNG, plus a CSV.",
            "Shades the rows each of --bands static bands would get and the share of work each band holds."})
final class RowsCommand implements Callable<Integer> {

    @Mixin
    ViewOptions viewOptions;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = {"-o", "--output"}, defaultValue = "rows.png", paramLabel = "FILE.png",
            description = "Chart image (default ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--csv", paramLabel = "FILE.csv",
            description = "Per-row totals as CSV (default: the chart's name with .csv).")
    Path csv;

    @Option(names = "--chart-size", defaultValue = "1000x560", paramLabel = "WxH", converter = Converters.Size.class,
            description = "Chart size in pixels (default ${DEFAULT-VALUE}).")
    ImageSize chartSize;

    @Option(names = "--bands", paramLabel = "N",
            description = "Static bands to shade and measure (default: --threads, i.e. all cores).")
    Integer bands;

    @Spec
    CommandSpec spec;

    /** Charts wider than this are unreadable and slow to draw; the data is in the CSV anyway. */
    private static final int MAX_CHART_EDGE = 8000;

    @Override
    public Integer call() throws Exception {
        ViewSettings view = viewOptions.resolve();
        EngineSettings engine = engineOptions.resolve();
        int[] chartWh = {chartSize.width(), chartSize.height()};
        if (chartWh[0] < 200 || chartWh[1] < 150 || chartWh[0] > MAX_CHART_EDGE || chartWh[1] > MAX_CHART_EDGE) {
            throw new IllegalArgumentException("--chart-size '" + chartSize + "' must be between 200x150 and "
                    + MAX_CHART_EDGE + "x" + MAX_CHART_EDGE);
        }
        int bandCount = bands == null ? engine.threads() : bands;
        if (bandCount < 1 || bandCount > EngineSettings.MAX_THREADS) {
            throw new IllegalArgumentException("--bands must be between 1 and " + EngineSettings.MAX_THREADS + ", got " + bandCount);
        }
        try (OutputTransaction tx = new OutputTransaction()) {
            Output chartFile = tx.add(output, "--output", ".png");
            if (csv == null && chartFile.target().kind() == OutputTarget.Kind.SPECIAL) {
                throw new IllegalArgumentException("--output " + output + " is a device or pipe: name the CSV with --csv");
            }
            Output csvFile = tx.add(csv != null ? csv : siblingCsv(output), "--csv", ".csv");
            report(view, engine, chartWh, bandCount, tx, chartFile, csvFile);
        }
        return 0;
    }

    private void report(ViewSettings view, EngineSettings engine, int[] chartWh, int bandCount,
                        OutputTransaction tx, Output chartFile, Output csvFile) throws IOException {
        PosterSpec request = new PosterSpec(view.view(), view.maxIter(), engine.schedule(), engine.partitionFactor(),
                false);
        StripPlan plan = StripPlan.of(request, engineOptions.stripRows);
        PrintWriter out = spec.commandLine().getOut();
        out.println(plan.describe());
        out.flush();
        PosterResult result;
        Warmup warm;
        String kernel;
        EscapeKernel chosen = Args.named("--precision", () -> engine.kernelFor(view.view(), view.maxIter()));
        try (Renderer renderer = new Renderer(chosen, engine.threads())) {
            kernel = renderer.kernel().describe();
            warm = engineOptions.warmup ? RenderWarmup.run(renderer, request) : Warmup.NONE;
            StripPipeline strips = new StripPipeline(renderer,
                    ProgressBar.forRender(spec.commandLine().getErr(), view.view().height()));
            result = strips.run(request, plan, (strip, from, to) -> { });
        }
        long[] totals = result.rowTotals();
        BandCost cost = BandCost.of(totals, bandCount);
        String title = String.format(Locale.ROOT, "Iterations per row: %s, %dx%d, max-iter %d", view.label(),
                view.view().width(), view.view().height(), view.maxIter());
        JFreeChart chart = RowCostChart.chart(totals, title, bandCount);
        tx.write(csvFile, stream -> RowTotalsCsv.write(stream, view.view(), totals));
        tx.write(chartFile, stream -> ChartUtils.writeChartAsPNG(stream, chart, chartWh[0], chartWh[1]));
        tx.commit();

        out.println(Summary.what(view.label(), request, engine.threads(), result, plan.rowsPerStrip(), kernel));
        out.println(Summary.cost(result, warm));
        int heaviest = 0;
        for (int r = 1; r < totals.length; r++) {
            if (totals[r] > totals[heaviest]) {
                heaviest = r;
            }
        }
        out.printf(Locale.ROOT, "rows cost %s to %s iterations (heaviest: row %d)%n",
                Summary.count(min(totals)), Summary.count(totals[heaviest]), heaviest);
        if (cost.bands() > 1) {
            out.println(RowCostChart.bandSummary(cost));
        }
        out.println("wrote " + chartFile.path());
        out.println("wrote " + csvFile.path());
        out.flush();
    }

    private static long min(long[] values) {
        long m = Long.MAX_VALUE;
        for (long v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** {@code dir/name.png} -> {@code dir/name.csv}. */
    private static Path siblingCsv(Path chart) {
        if (chart.getFileName() == null) {
            return chart;   // refused by the check of --output first
        }
        String name = chart.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return chart.resolveSibling(stem + ".csv");
    }
}
