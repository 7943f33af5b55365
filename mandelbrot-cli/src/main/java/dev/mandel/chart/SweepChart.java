package dev.mandel.chart;

import dev.mandel.simulate.Sweep;
import dev.mandel.io.AtomicFile;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;

/**
 * Speedup against partition factor, one line per worker count (solid: over-partitioned; its
 * factor-1 point is the static split), each with its cyclic-rows speedup as a dashed line of the
 * same colour. Both axes are base-2 logarithmic: factors and worker counts double, and a doubling
 * of speedup looks the same at 2 workers as at 88.
 */
public final class SweepChart {

    /** Distinct, print-safe colours (Okabe-Ito), cycled for more worker counts. */
    private static final Color[] COLOURS = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442),
    };

    private SweepChart() {
    }

    /** Builds the chart; {@code subtitle} says what was simulated (view, cost unit). */
    public static JFreeChart chart(Sweep sweep, String title, String subtitle) {
        XYSeriesCollection data = new XYSeriesCollection();
        int[] workers = sweep.workers();
        int[] factors = sweep.factors();
        double minF = Double.MAX_VALUE;
        double maxF = 0;
        for (int f : factors) {
            minF = Math.min(minF, f);
            maxF = Math.max(maxF, f);
        }
        double maxSpeedup = 1;
        for (int w = 0; w < workers.length; w++) {
            maxSpeedup = Math.max(maxSpeedup, Math.max(sweep.cyclic(w).speedup(), sweep.bestStealing(w).speedup()));
            XYSeries s = new XYSeries(workers[w] + (workers[w] == 1 ? " worker" : " workers"), true, false);
            for (int f = 0; f < factors.length; f++) {
                s.add(factors[f], sweep.stealing(w, f).speedup());
            }
            data.addSeries(s);
        }
        for (int w = 0; w < workers.length; w++) {
            XYSeries c = new XYSeries(workers[w] + " cyclic", true, false);
            c.add(minF, sweep.cyclic(w).speedup());
            if (maxF > minF) {
                c.add(maxF, sweep.cyclic(w).speedup());
            }
            data.addSeries(c);
        }

        LogAxis x = log2Axis("partition factor F (tasks per worker; F = 1 is static bands)");
        x.setRange(minF / 1.25, maxF * 1.25);
        LogAxis y = log2Axis("simulated speedup over 1 worker");
        // Head-room up to the next power of two, so the top line never sits on the frame.
        y.setRange(0.8, Math.pow(2, Math.ceil(Math.log(maxSpeedup * 1.1) / Math.log(2))));
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        BasicStroke dashed = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 5f}, 0f);
        for (int w = 0; w < workers.length; w++) {
            Color colour = COLOURS[w % COLOURS.length];
            lines.setSeriesPaint(w, colour);
            lines.setSeriesStroke(w, new BasicStroke(2.2f));
            int cyc = workers.length + w;
            lines.setSeriesPaint(cyc, colour);
            lines.setSeriesStroke(cyc, dashed);
            lines.setSeriesShapesVisible(cyc, false);
            lines.setSeriesVisibleInLegend(cyc, false);
        }
        XYPlot plot = new XYPlot(data, x, y, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 16), plot, true);
        chart.addSubtitle(new TextTitle(subtitle + "  Solid: over-partitioned work stealing. Dashed: cyclic rows.",
                new Font("SansSerif", Font.PLAIN, 11)));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Writes the chart as a PNG, atomically. */
    public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        AtomicFile.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }

    private static LogAxis log2Axis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(2);
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setNumberFormatOverride(new DecimalFormat("0.#"));
        axis.setSmallestValue(0.5);
        return axis;
    }
}
