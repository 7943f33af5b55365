package dev.mandel.gui.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.Locale;

/**
 * Iterations per row, drawn beside the image and aligned with it row for row: bar {@code r} sits
 * at the height of image row {@code r} (the panel has the image's height), so a band of expensive
 * rows lines up with the part of the set that made it expensive. Bars grow as rows finish.
 */
public final class RowHistogramPanel extends CanvasPanel {

    private static final Color BAR = Color.web("#7fb3ff");
    private static final Color BACKGROUND = Color.web("#1b1c1f");
    private static final Color TEXT = Color.web("#c9ccd1");

    private final RowHistogram model = new RowHistogram();
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale");
    private final BooleanProperty byWorker = new SimpleBooleanProperty(this, "byWorker");

    public RowHistogramPanel() {
        getStyleClass().add("histogram-panel");
        logScale.addListener((o, a, b) -> redraw());
        byWorker.addListener((o, a, b) -> redraw());
    }

    /** What is drawn: one bar per row. */
    public RowHistogram model() {
        return model;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** Colour bars by the worker that computed the row (with the ownership overlay). */
    public BooleanProperty byWorkerProperty() {
        return byWorker;
    }

    /** The pixel band {@code [top, bottom)} of bar {@code row} in a panel {@code height} high. */
    public static double barTop(int row, int rows, double height) {
        return row * height / rows;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        int rows = model.bars();
        if (rows == 0) {
            return;
        }
        boolean log = logScale.get();
        boolean tint = byWorker.get();
        double rowH = h / rows;
        for (int r = 0; r < rows; r++) {
            if (!model.known(r)) {
                continue;
            }
            double len = model.fraction(r, log) * (w - 2);
            if (len <= 0) {
                continue;
            }
            int wk = model.worker(r);
            g.setFill(tint && wk >= 0 ? WorkerColors.of(wk) : BAR);
            double y = barTop(r, rows, h);
            g.fillRect(0, y, len, Math.max(rowH, 1));
        }
        g.setFill(TEXT);
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("iterations / row" + (log ? " (log)" : ""), w - 4, 4);
        g.fillText("max " + compact(model.max()), w - 4, 18);
    }

    static String compact(long v) {
        if (v >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.2f G", v / 1e9);
        }
        if (v >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.2f M", v / 1e6);
        }
        if (v >= 1_000L) {
            return String.format(Locale.ROOT, "%.1f k", v / 1e3);
        }
        return Long.toString(v);
    }
}
