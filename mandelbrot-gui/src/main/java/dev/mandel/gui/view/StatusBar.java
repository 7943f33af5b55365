package dev.mandel.gui.view;

import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.render.Frame;
import dev.mandel.view.Viewport;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.Locale;

/**
 * One line under everything: what the last frame cost (size, kernel, schedule, threads, tasks,
 * wall time, G iterations/s, load balance), render progress, errors, and the point under the mouse.
 */
public final class StatusBar extends HBox {

    private final Label stats = new Label();
    private final Label message = new Label();
    private final Label pointer = new Label();

    public StatusBar(ExplorerModel model, RenderPump pump, FractalView view) {
        getStyleClass().add("status-bar");
        setSpacing(16);
        setPadding(new Insets(4, 10, 4, 10));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        message.getStyleClass().add("message");
        pointer.getStyleClass().add("pointer");
        getChildren().addAll(stats, message, gap, pointer);
        stats.textProperty().bind(Bindings.createStringBinding(
                () -> describe(model.frame(), model.viewport(), model.renderingProperty().get(), pump.progressProperty().get()),
                model.frameProperty(), model.viewportProperty(), model.renderingProperty(), pump.progressProperty()));
        // An error or notice first; at depth, otherwise, the depth and number type of the frame.
        message.textProperty().bind(Bindings.when(model.messageProperty().isEmpty())
                .then(model.deepStatusProperty()).otherwise(model.messageProperty()));
        pointer.textProperty().bind(view.pointerProperty());
    }

    /** The statistics text; public so a test or a classroom pane can show the same line. */
    public static String describe(Frame f, Viewport v, boolean rendering, double progress) {
        String size = v.width() + "×" + v.height();
        if (rendering) {
            return String.format(Locale.ROOT, "%s · rendering %3.0f%%", size, progress * 100);
        }
        if (f == null) {
            return size;
        }
        return String.format(Locale.ROOT,
                "%d×%d · %s kernel · %s · %d thread%s · %d tasks · %.1f ms · %.2f G iterations/s · load balance %.2f",
                f.width(), f.rows(), f.kernel(), f.request().schedule().id(), f.threads(), f.threads() == 1 ? "" : "s",
                f.trace().tasks(), f.wallNanos() / 1e6, f.iterationsPerSecond() / 1e9, f.loadBalance());
    }
}
