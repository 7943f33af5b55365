package dev.mandel.gui.classroom;

import dev.mandel.kernel.LaneOccupancy;
import dev.mandel.gui.view.CanvasPanel;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.Locale;

/**
 * SIMD lane occupancy per row, top row at the top as in the picture: a bar's length is the share of
 * issued lane-steps that did useful work in that row (1.0 = no lane ever waited for a slower
 * neighbour in its vector). Rows that share a pixel of the panel are merged weighted by issued
 * lane-steps, so the bar is honest at any height. Colour runs from red (lanes mostly idle) to green.
 */
final class LaneBar extends CanvasPanel {

    private static final double LEFT = 44;
    private static final double TOP = 20;
    private static final double BOTTOM = 16;
    private static final Color BACKGROUND = Color.web("#1b1c1f");
    private static final Color TEXT = Color.web("#c9ccd1");
    private static final Color DIM = Color.web("#8b9099");

    private LaneOccupancy occupancy;

    LaneBar() {
        setPrefHeight(190);
        setMinHeight(150);
    }

    void show(LaneOccupancy occ) {
        occupancy = occ;
        redraw();
    }

    LaneOccupancy occupancy() {
        return occupancy;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        if (occupancy == null) {
            g.setFill(DIM);
            g.fillText("per-row lane occupancy: press \"Measure lanes\"", 8, 4);
            return;
        }
        g.setFill(TEXT);
        g.fillText(String.format(Locale.ROOT, "lane occupancy per row · frame %.1f%% (dashed) · %d doubles × %d vectors per block",
                100 * occupancy.occupancy(), occupancy.lanes(), occupancy.interleave()), 8, 3);
        double plotW = w - LEFT - 10;
        double plotH = h - TOP - BOTTOM;
        int rows = occupancy.view().height();
        int px = Math.max(1, (int) Math.floor(plotH));
        for (int y = 0; y < px; y++) {
            int r0 = (int) ((long) y * rows / px);
            int r1 = Math.max(r0 + 1, (int) ((long) (y + 1) * rows / px));
            long active = 0;
            long issued = 0;
            for (int r = r0; r < r1 && r < rows; r++) {
                active += occupancy.activeLaneSteps(r);
                issued += occupancy.issuedLaneSteps(r);
            }
            double occ = issued == 0 ? 1.0 : (double) active / issued;
            g.setFill(Color.hsb(120 * occ, 0.75, 0.85));
            g.fillRect(LEFT, TOP + y * plotH / px, Math.max(1, occ * plotW), Math.max(1, plotH / px));
        }
        // 0, 50 and 100 % guides and the frame's mean.
        g.setStroke(Color.web("#ffffff55"));
        for (double f : new double[] {0.5, 1.0}) {
            g.strokeLine(LEFT + f * plotW, TOP, LEFT + f * plotW, TOP + plotH);
        }
        g.setStroke(Color.WHITE);
        g.setLineDashes(4, 3);
        double mean = LEFT + occupancy.occupancy() * plotW;
        g.strokeLine(mean, TOP, mean, TOP + plotH);
        g.setLineDashes();
        g.setFill(DIM);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("0%", LEFT, TOP + plotH + 2);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("50%", LEFT + 0.5 * plotW, TOP + plotH + 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("100% of lanes busy", LEFT + plotW, TOP + plotH + 2);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("row 0", 4, TOP);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("row " + (rows - 1), 4, TOP + plotH);
    }
}
