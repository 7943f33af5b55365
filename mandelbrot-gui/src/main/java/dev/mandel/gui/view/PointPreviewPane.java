package dev.mandel.gui.view;

import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.PointPreview;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The point under the cursor, for teaching: a live Julia-set preview of that c (computed on a
 * background thread, the latest point wins, so moving the mouse never queues work) and a switch for
 * drawing its orbit over the picture ({@link FractalView#orbitProperty()}).
 */
public final class PointPreviewPane extends VBox implements AutoCloseable {

    static final int W = 240;
    static final int H = 160;
    private static final int JULIA_ITER = 300;

    final CheckBox julia = new CheckBox("Julia set of the point under the cursor");
    final CheckBox orbit = new CheckBox("Orbit of the point under the cursor (z₀ = 0)");
    private final ImageView image = new ImageView(new WritableImage(W, H));
    private final Label caption = new Label("move the mouse over the picture");
    private final ExplorerModel model;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "julia-preview");
        t.setDaemon(true);
        return t;
    });
    /** The newest point asked for; a computation for an older one is skipped. */
    private final AtomicReference<Point2D> wanted = new AtomicReference<>();
    private Point2D shown;

    public PointPreviewPane(ExplorerModel model, FractalView view) {
        this.model = model;
        setSpacing(6);
        caption.getStyleClass().add("note");
        caption.setWrapText(true);
        image.managedProperty().bind(image.visibleProperty());
        image.visibleProperty().bind(julia.selectedProperty());
        caption.managedProperty().bind(caption.visibleProperty());
        caption.visibleProperty().bind(julia.selectedProperty());
        orbit.selectedProperty().bindBidirectional(view.orbitProperty());
        view.planePointProperty().addListener((o, a, p) -> {
            if (p != null && julia.isSelected()) {
                request(p);
            }
        });
        getChildren().addAll(julia, orbit, image, caption);
    }

    /** Computes the preview for {@code c} in the background; returns at once. */
    public void request(Point2D c) {
        if (wanted.getAndSet(c) != null) {
            return; // a computation is queued: it will take the newest point
        }
        var palette = model.settings().palette();
        worker.execute(() -> {
            Point2D p = wanted.getAndSet(null);
            if (p == null) {
                return;
            }
            int[] argb = PointPreview.julia(p.getX(), p.getY(), W, H, JULIA_ITER, palette);
            Platform.runLater(() -> show(p, argb));
        });
    }

    /** The point whose Julia set is shown, or null. */
    public Point2D shown() {
        return shown;
    }

    WritableImage image() {
        return (WritableImage) image.getImage();
    }

    private void show(Point2D c, int[] argb) {
        shown = c;
        image().getPixelWriter().setPixels(0, 0, W, H, PixelFormat.getIntArgbInstance(), argb, 0, W);
        caption.setText(String.format(Locale.ROOT, "c = %.6f %+.6fi · %s · [-%.1f, %.1f] across", c.getX(), c.getY(),
                PointPreview.orbit(c.getX(), c.getY(), 1000).length / 2 > 1000 ? "c is in the set: a connected Julia set"
                        : "c escapes: the Julia set is dust", PointPreview.JULIA_HALF_WIDTH, PointPreview.JULIA_HALF_WIDTH));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
