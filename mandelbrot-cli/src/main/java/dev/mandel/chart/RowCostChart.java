package dev.mandel.chart;

import dev.mandel.io.AtomicFile;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The per-row cost of a view as a chart: total iterations of each row (row 0 at the top of the
 * image, on the left) on a logarithmic axis, because rows through the set cost thousands of times
 * more than rows of open sky. The static bands the schedule would hand to each worker are shaded
 * and labelled with their share of the work, which is the whole load-imbalance story in one picture.
 */
public final class RowCostChart {

    private static final Color LINE = new Color(0x1F4E9A);
    private static final Color BAND_A = new Color(0xEEF3FB);
    private static final Color BAND_B = new Color(0xFBF3E6);
    private static final Color BOUNDARY = new Color(0x9A3B1F);

    private RowCostChart() {
    }

    /**
     * Builds the chart.
     *
     * @param rowTotals iterations per row of the whole view
     * @param title     what the view is, e.g. {@code "classroom 960x960, max-iter 1000"}
     * @param bands     static bands to shade (usually the thread count); 1 shades none
     */
    public static JFreeChart chart(long[] rowTotals, String title, int bands) {
        if (rowTotals.length == 0) {
            throw new IllegalArgumentException("a view has at least one row");
        }
        double[][] series = new double[2][rowTotals.length];
        for (int row = 0; row < rowTotals.length; row++) {
            series[0][row] = row;
            // A row costs at least one iteration per pixel; the guard only keeps the log axis finite.
            series[1][row] = Math.max(1, rowTotals[row]);
        }
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries("iterations per row", series);

        NumberAxis rowAxis = new NumberAxis("row (0 = top of the image)");
        rowAxis.setRange(0, Math.max(1, rowTotals.length - 1));
        rowAxis.setAutoRangeIncludesZero(true);
        LogAxis costAxis = new LogAxis("iterations per row (log scale)");
        costAxis.setBase(10);
        costAxis.setSmallestValue(1);
        // One labelled tick per power of ten, with unlabelled minor ticks between: a log axis a reader can read.
        costAxis.setTickUnit(new NumberTickUnit(1.0));
        costAxis.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        costAxis.setMinorTickCount(9);
        costAxis.setMinorTickMarksVisible(true);

        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, LINE);
        line.setSeriesStroke(0, new BasicStroke(1.4f));

        XYPlot plot = new XYPlot(data, rowAxis, costAxis, line);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));

        BandCost cost = BandCost.of(rowTotals, bands);
        if (cost.bands() > 1) {
            shadeBands(plot, cost);
        }

        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 15), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        if (cost.bands() > 1) {
            TextTitle sub = new TextTitle(bandSummary(cost), new Font("SansSerif", Font.PLAIN, 12));
            chart.addSubtitle(sub);
        }
        return chart;
    }

    /** Writes the chart as a PNG, atomically. */
    public static void writePng(Path target, JFreeChart chart, int width, int height) throws IOException {
        AtomicFile.write(target, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }

    /** E.g. {@code "2 static bands get 8.1% | 91.9% of the iterations: the heaviest is 1.84x the mean"}. */
    public static String bandSummary(BandCost cost) {
        StringBuilder sb = new StringBuilder();
        sb.append(cost.bands()).append(" static bands get ");
        for (int b = 0; b < cost.bands(); b++) {
            if (b > 0) {
                sb.append(" | ");
            }
            sb.append(String.format(Locale.ROOT, "%.1f%%", 100 * cost.share(b)));
        }
        sb.append(String.format(Locale.ROOT, " of the iterations: the heaviest is %.2fx the mean", cost.imbalance()));
        return sb.toString();
    }

    private static void shadeBands(XYPlot plot, BandCost cost) {
        boolean label = cost.bands() <= 8;
        for (int b = 0; b < cost.bands(); b++) {
            IntervalMarker band = new IntervalMarker(cost.firstRow(b) - 0.5, cost.endRow(b) - 0.5);
            band.setPaint(b % 2 == 0 ? BAND_A : BAND_B);
            if (label) {
                band.setLabel(String.format(Locale.ROOT, "band %d: %.1f%%", b + 1, 100 * cost.share(b)));
                band.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
                band.setLabelAnchor(RectangleAnchor.TOP);
                band.setLabelTextAnchor(TextAnchor.TOP_CENTER);
                band.setLabelOffset(new RectangleInsets(6, 0, 0, 0));
            }
            plot.addDomainMarker(band, Layer.BACKGROUND);
            if (b > 0) {
                ValueMarker boundary = new ValueMarker(cost.firstRow(b) - 0.5);
                boundary.setPaint(BOUNDARY);
                boundary.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {4f, 3f}, 0f));
                plot.addDomainMarker(boundary, Layer.FOREGROUND);
            }
        }
    }
}
