package dev.mandel.bench.report;

import dev.mandel.bench.Workload;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import java.util.OptionalDouble;

/** The report's PNG charts, drawn headless with JFreeChart. */
public final class Charts {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 540;
    private static final Color[] SERIES = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd), new Color(0x7f7f7f)};
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final Analysis analysis;
    private final String machine;

    public Charts(Analysis analysis, String machine) {
        this.analysis = analysis;
        this.machine = machine;
    }

    /** Writes every chart the data allows; returns the file names written. */
    public List<String> writeAll(Path folder) throws IOException {
        java.util.ArrayList<String> written = new java.util.ArrayList<>();
        if (write(ladder(), folder, "bench-ladder.png")) {
            written.add("bench-ladder.png");
        }
        if (write(partition(), folder, "bench-partition.png")) {
            written.add("bench-partition.png");
        }
        if (write(threads(), folder, "bench-threads.png")) {
            written.add("bench-threads.png");
        }
        if (write(concurrent(), folder, "bench-concurrent.png")) {
            written.add("bench-concurrent.png");
        }
        return written;
    }

    private boolean write(JFreeChart chart, Path folder, String name) throws IOException {
        if (chart == null) {
            return false;
        }
        chart.addSubtitle(new TextTitle(machine, SMALL));
        chart.setBackgroundPaint(Color.WHITE);
        Path target = folder.resolve(name);
        dev.mandel.io.AtomicFile.write(target, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
        return true;
    }

    /** The mojo ladder as speedup over CPython (or over scalar without a Python run), log scale. */
    JFreeChart ladder() {
        Workload w = Workload.MOJO;
        List<Rung> rungs = analysis.ladder(w);
        if (rungs.isEmpty()) {
            return null;
        }
        boolean python = analysis.python().isPresent();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = python ? "speedup over CPython" : "speedup over the scalar kernel";
        for (Rung r : rungs) {
            OptionalDouble s = python ? analysis.overPython(r) : analysis.overScalar(w, r);
            if (s.isPresent()) {
                data.addValue(s.getAsDouble(), series, shortLabel(r));
            }
        }
        if (data.getColumnCount() == 0) {
            return null;
        }
        String title = python
                ? "Speedup ladder on mojo (960x960, 1000 it.) over CPython, extrapolated from a row sample"
                : "Speedup ladder on mojo (960x960, 1000 it.) over the scalar kernel";
        JFreeChart chart = ChartFactory.createBarChart(title, "rung (T = threads)", series + " (log scale)", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        style(plot);
        LogAxis axis = new LogAxis(series + " (log scale)");
        axis.setBase(10);
        axis.setSmallestValue(1);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0"));
        double max = 1;
        for (int c = 0; c < data.getColumnCount(); c++) {
            max = Math.max(max, data.getValue(0, c).doubleValue());
        }
        // Whole decades, and room for the 1000x target line even when the ladder falls short of it.
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setRange(1, Math.max(max * 3, python ? Analysis.TARGET_OVER_PYTHON * 3 : max * 3));
        plot.setRangeAxis(axis);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBase(1);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, SERIES[0]);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}x", new DecimalFormat("#,##0.0")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(SMALL);
        if (python) {
            ValueMarker target = new ValueMarker(Analysis.TARGET_OVER_PYTHON, SERIES[1], dashed());
            target.setLabel("target 1000x");
            labelInside(target);
            plot.addRangeMarker(target);
        }
        return chart;
    }

    /** Speedup over static bands against tasks per worker, one line per workload. */
    JFreeChart partition() {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Workload w : analysis.ladderWorkloads()) {
            var base = analysis.rung(w, "static");
            if (base.isEmpty()) {
                continue;
            }
            XYSeries s = new XYSeries(w.id() + " (" + w.view().width() + "x" + w.view().height() + ")");
            for (Rung r : analysis.ladder(w)) {
                if (r.id().startsWith("fj") || r.id().equals("row")) {
                    s.add(analysis.factorOf(w, r.id()), r.gips() / base.get().gips());
                }
            }
            if (s.getItemCount() > 0) {
                data.addSeries(s);
            }
        }
        if (data.getSeriesCount() == 0) {
            return null;
        }
        JFreeChart chart = ChartFactory.createXYLineChart(
                "Over-partitioning: speedup over static bands, " + analysis.cores() + " threads",
                "tasks per worker (partition factor; rightmost point: one task per row)", "speedup over static bands",
                data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        style(plot);
        LogAxis x = new LogAxis("tasks per worker (partition factor; rightmost point: one task per row)");
        x.setBase(2);
        x.setSmallestValue(0.5);
        x.setNumberFormatOverride(new DecimalFormat("0"));
        x.setTickUnit(new NumberTickUnit(1));
        plot.setDomainAxis(x);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        plot.addRangeMarker(new ValueMarker(1.0, Color.GRAY, dashed()));
        lines(plot, data.getSeriesCount(), -1);
        return chart;
    }

    /** G it/s against threads for each schedule, with the ideal line from one thread. */
    JFreeChart threads() {
        XYSeriesCollection data = new XYSeriesCollection();
        double oneThread = Double.NaN;
        int maxThreads = 0;
        for (String schedule : analysis.scalingSchedules()) {
            XYSeries s = new XYSeries(schedule.equals("static") ? "static bands" : "ForkJoin " + schedule);
            for (JmhRecord r : analysis.scaling(schedule)) {
                int t = Integer.parseInt(r.param("threads"));
                s.add(t, r.gips());
                maxThreads = Math.max(maxThreads, t);
                if (t == 1 && !Double.isFinite(oneThread)) {
                    oneThread = r.gips();
                }
            }
            data.addSeries(s);
        }
        if (data.getSeriesCount() == 0) {
            return null;
        }
        int idealIndex = -1;
        if (Double.isFinite(oneThread)) {
            XYSeries ideal = new XYSeries("ideal (1-thread rate x busy cores)");
            for (int t = 1; t <= maxThreads; t++) {
                ideal.add(t, oneThread * Math.min(t, analysis.cores()));
            }
            data.addSeries(ideal);
            idealIndex = data.getSeriesCount() - 1;
        }
        JFreeChart chart = ChartFactory.createXYLineChart(
                "Thread scaling on mojo (vector kernel), " + analysis.cores() + " cores",
                "worker threads", "G escape iterations / s", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        style(plot);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setTickUnit(new NumberTickUnit(1));
        x.setRange(0.5, maxThreads + 0.5);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        ValueMarker coreCount = new ValueMarker(analysis.cores(), Color.GRAY, dashed());
        coreCount.setLabel(analysis.cores() + " cores");
        labelInside(coreCount);
        plot.addDomainMarker(coreCount);
        lines(plot, data.getSeriesCount(), idealIndex);
        return chart;
    }

    /** Total G it/s with K frames in flight, own pools vs one shared pool, against one render alone. */
    JFreeChart concurrent() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String pools : List.of("own", "shared")) {
            for (JmhRecord r : analysis.concurrent(pools)) {
                data.addValue(r.gips(), pools.equals("own") ? "a renderer (pool) per frame" : "one shared renderer",
                        "K = " + r.param("k"));
            }
        }
        if (data.getColumnCount() == 0) {
            return null;
        }
        JFreeChart chart = ChartFactory.createBarChart("Concurrent renders of mojo: throughput with K frames in flight",
                "frames rendered at once", "G escape iterations / s (all K frames)", data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        style(plot);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, SERIES[0]);
        renderer.setSeriesPaint(1, SERIES[2]);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.00")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(SMALL);
        // Head room for the bar labels and the reference line's label above the tallest bar.
        plot.getRangeAxis().setUpperMargin(0.15);
        OptionalDouble one = analysis.oneRenderGips();
        if (one.isPresent()) {
            ValueMarker m = new ValueMarker(one.getAsDouble(), SERIES[1], dashed());
            m.setLabel("one render alone");
            labelInside(m);
            // A horizontal line: label at its right end, just above it.
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(m);
        }
        return chart;
    }

    /** "scalar, 1T", "vector x2, 1T", "fj16, 2T": the rung and its thread count. */
    private String shortLabel(Rung r) {
        String id = r.id();
        if (id.startsWith("vector")) {
            return "vector x" + id.substring("vector".length()) + ", 1T";
        }
        return id.equals("scalar") ? "scalar, 1T" : id + ", " + analysis.cores() + "T";
    }

    private static void labelInside(ValueMarker m) {
        m.setLabelFont(SMALL);
        m.setLabelPaint(Color.DARK_GRAY);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
        m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 4));
    }

    private static void style(org.jfree.chart.plot.Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(new Color(0xdddddd));
            xy.setRangeGridlinePaint(new Color(0xdddddd));
        } else if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(new Color(0xdddddd));
        }
    }

    private static void lines(XYPlot plot, int series, int dashedIndex) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < series; i++) {
            r.setSeriesPaint(i, i == dashedIndex ? Color.GRAY : SERIES[i % SERIES.length]);
            r.setSeriesStroke(i, i == dashedIndex ? dashed() : new BasicStroke(2f));
            r.setSeriesShapesVisible(i, i != dashedIndex);
        }
        plot.setRenderer(r);
    }

    private static BasicStroke dashed() {
        return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f);
    }
}
