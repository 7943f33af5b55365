package dev.mandel.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowCostChartTest {

    @TempDir
    Path dir;

    @Test
    void plotsEveryRowOnALogAxisWithShadedBands() throws IOException {
        long[] rows = new long[100];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = r < 50 ? 200 : 200_000;
        }
        JFreeChart chart = RowCostChart.chart(rows, "test view", 2);
        XYPlot plot = chart.getXYPlot();
        assertInstanceOf(LogAxis.class, plot.getRangeAxis());
        assertEquals(100, plot.getDataset().getItemCount(0));
        assertEquals(200_000.0, plot.getDataset().getYValue(0, 99));
        // Two shaded bands and one boundary line between them.
        assertEquals(2, plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size());
        assertEquals(1, plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());

        Path png = dir.resolve("rows.png");
        RowCostChart.writePng(png, chart, 640, 360);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertEquals(640, image.getWidth());
        assertEquals(360, image.getHeight());
    }

    @Test
    void bandSummaryStatesSharesAndImbalance() {
        String s = RowCostChart.bandSummary(BandCost.of(new long[] {1, 3}, 2));
        assertTrue(s.startsWith("2 static bands get 25.0% | 75.0% of the iterations"), s);
        assertTrue(s.endsWith("the heaviest is 1.50x the mean"), s);
    }
}
