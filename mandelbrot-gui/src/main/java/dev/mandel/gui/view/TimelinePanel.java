package dev.mandel.gui.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.Locale;
import java.util.Optional;

/**
 * The worker timeline of the last frame: a lane per worker, a bar per task from its start to its
 * end, so idle workers (gaps at the end of a lane under static bands) are plain to see. Hovering a
 * bar outlines it and shows its rows, iterations and time in the header.
 */
public final class TimelinePanel extends CanvasPanel {

    static final double LEFT = 78;
    static final double RIGHT = 14;
    static final double TOP = 22;
    static final double BOTTOM = 20;

    private static final Color BACKGROUND = Color.web("#1b1c1f");
    private static final Color LANE = Color.web("#25272b");
    private static final Color GRID = Color.web("#3a3d42");
    private static final Color TEXT = Color.web("#c9ccd1");
    private static final Color DIM_TEXT = Color.web("#8b9099");

    private TimelineModel model = TimelineModel.EMPTY;
    private TimelineModel.Bar hovered;
    /** Set while a newer frame renders: the bars shown belong to the previous frame. */
    private boolean stale;

    public TimelinePanel() {
        getStyleClass().add("timeline-panel");
        setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        setOnMouseExited(e -> hover(-1, -1));
    }

    /** What is drawn: one bar per task of the last frame. */
    public TimelineModel model() {
        return model;
    }

    public void show(TimelineModel newModel) {
        model = newModel;
        hovered = null;
        stale = false;
        redraw();
    }

    /**
     * Marks the bars as the previous frame's (dimmed, with a caption) while a new frame renders;
     * {@link #show} clears the mark.
     */
    public void markStale(boolean isStale) {
        if (stale != isStale) {
            stale = isStale;
            redraw();
        }
    }

    public boolean isStale() {
        return stale;
    }

    /** The bar under a point of the panel, if any. */
    public Optional<TimelineModel.Bar> barAt(double x, double y) {
        int lanes = model.lanes();
        if (lanes == 0 || x < LEFT || y < TOP) {
            return Optional.empty();
        }
        double laneH = laneHeight(getHeight(), lanes);
        int lane = (int) ((y - TOP) / laneH);
        if (lane >= lanes) {
            return Optional.empty();
        }
        double plotW = getWidth() - LEFT - RIGHT;
        double nanos = (x - LEFT) / plotW * model.wallNanos();
        double slack = model.wallNanos() / plotW; // one pixel: very short tasks stay hoverable
        TimelineModel.Bar best = null;
        for (TimelineModel.Bar b : model.bars()) {
            if (b.worker() == lane && nanos >= b.startNanos() - slack && nanos <= b.endNanos() + slack) {
                if (best == null || Math.abs(mid(b) - nanos) < Math.abs(mid(best) - nanos)) {
                    best = b;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Highlights the bar under {@code (x, y)}; returns its description, or empty. */
    public String hover(double x, double y) {
        TimelineModel.Bar b = barAt(x, y).orElse(null);
        if (b != hovered) {
            hovered = b;
            redraw();
        }
        return b == null ? "" : b.describe();
    }

    private static double mid(TimelineModel.Bar b) {
        return (b.startNanos() + b.endNanos()) / 2.0;
    }

    private static double laneHeight(double h, int lanes) {
        return Math.max(4, (h - TOP - BOTTOM) / lanes);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(TEXT);
        int lanes = model.lanes();
        if (lanes == 0) {
            g.setFill(DIM_TEXT);
            g.fillText("worker timeline: appears when a frame completes", 8, 4);
            return;
        }
        g.fillText(hovered != null ? hovered.describe() : header(), 8, 4);

        double plotW = w - LEFT - RIGHT;
        double laneH = laneHeight(h, lanes);
        double scale = plotW / Math.max(1, model.wallNanos());
        long[] busy = model.busyNanos();
        for (int lane = 0; lane < lanes; lane++) {
            double y = TOP + lane * laneH;
            g.setFill(LANE);
            g.fillRect(LEFT, y + 1, plotW, laneH - 2);
            g.setFill(WorkerColors.of(lane));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("W" + lane, 8, y + laneH / 2);
            g.setFill(DIM_TEXT);
            g.fillText(String.format(Locale.ROOT, "%3.0f%%", 100.0 * busy[lane] / Math.max(1, model.wallNanos())),
                    34, y + laneH / 2);
        }
        for (TimelineModel.Bar b : model.bars()) {
            double y = TOP + b.worker() * laneH;
            double x0 = LEFT + b.startNanos() * scale;
            double bw = Math.max(1, b.durationNanos() * scale);
            Color c = WorkerColors.of(b.worker());
            g.setFill(b.task() % 2 == 0 ? c : c.deriveColor(0, 1, 0.78, 1));
            g.fillRect(x0, y + 3, bw, laneH - 6);
        }
        if (hovered != null) {
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokeRect(LEFT + hovered.startNanos() * scale, TOP + hovered.worker() * laneH + 2,
                    Math.max(2, hovered.durationNanos() * scale), laneH - 4);
        }
        drawAxis(g, w, h, plotW, scale);
        if (stale) {
            g.setFill(Color.color(0.08, 0.08, 0.09, 0.6));
            g.fillRect(LEFT, TOP, plotW, h - TOP - BOTTOM);
            g.setFill(TEXT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("previous frame · a new frame is rendering", LEFT + plotW / 2, TOP + (h - TOP - BOTTOM) / 2);
        }
    }

    /** The header line: tasks, workers, load balance and when each worker started. */
    String header() {
        return String.format(Locale.ROOT,
                "%sworker timeline · %d tasks on %d workers · load balance %.2f (busiest / mean) · %s · hover a bar",
                stale ? "PREVIOUS FRAME · " : "", model.bars().size(), model.lanes(), model.loadBalance(),
                model.describeStarts());
    }

    private void drawAxis(GraphicsContext g, double w, double h, double plotW, double scale) {
        double ms = model.wallNanos() / 1e6;
        double step = niceStep(ms / 8);
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.setFill(DIM_TEXT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double y = h - BOTTOM;
        g.strokeLine(LEFT, y, LEFT + plotW, y);
        for (double t = 0; t <= ms + 1e-9; t += step) {
            double x = LEFT + t * 1e6 * scale;
            g.strokeLine(x, y, x, y + 4);
            g.fillText(step >= 1 ? String.format(Locale.ROOT, "%.0f", t) : String.format(Locale.ROOT, "%.1f", t), x, y + 5);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("ms", LEFT - 16, y + 5);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
