package dev.mandel.gui.view;

import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.render.Frame;
import dev.mandel.view.Viewport;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * Under everything: a line with what the last frame cost (size, kernel, schedule, threads, tasks,
 * wall time, G iterations/s, load balance) or the render's progress, and the point under the mouse;
 * below it, only when there is one, the last notice or error on a line of its own that wraps, so a
 * long message is read whole at any window width (its tooltip holds it too).
 */
public final class StatusBar extends VBox {

    /** Said beside a frame that started before the JIT had compiled the kernel. */
    static final String COLD = "JIT still compiling the kernel: not full speed yet";

    private final Label stats = new Label();
    private final Label message = new Label();
    private final Label pointer = new Label();

    public StatusBar(ExplorerModel model, RenderPump pump, FractalView view) {
        getStyleClass().add("status-bar");
        setSpacing(2);
        setPadding(new Insets(4, 10, 4, 10));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.managedProperty().bind(message.visibleProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        Tooltip messageTip = new Tooltip();
        messageTip.textProperty().bind(message.textProperty());
        messageTip.setWrapText(true);
        messageTip.setMaxWidth(640);
        message.setTooltip(messageTip);
        pointer.getStyleClass().add("pointer");
        pointer.setMinWidth(Region.USE_PREF_SIZE);
        stats.setMinWidth(0);
        Tooltip statsTip = new Tooltip();
        statsTip.textProperty().bind(stats.textProperty());
        stats.setTooltip(statsTip);
        HBox first = new HBox(16, stats, gap, pointer);
        getChildren().addAll(first, message);
        stats.textProperty().bind(Bindings.createStringBinding(
                () -> describe(model.frame(), model.viewport(), model.renderingProperty().get(),
                        pump.progressProperty().get(), model.coldFrameProperty().get(),
                        model.warmingUpProperty().get()),
                model.frameProperty(), model.viewportProperty(), model.renderingProperty(), pump.progressProperty(),
                model.coldFrameProperty(), model.warmingUpProperty()));
        // An error or notice first; at depth, otherwise, the depth and number type of the frame.
        message.textProperty().bind(Bindings.when(model.messageProperty().isEmpty())
                .then(model.deepStatusProperty()).otherwise(model.messageProperty()));
        pointer.textProperty().bind(view.pointerProperty());
    }

    /** The notice line (empty and hidden when there is no notice). */
    Label messageLabel() {
        return message;
    }

    Label statsLabel() {
        return stats;
    }

    /** The statistics text; public so a test or a classroom pane can show the same line. */
    public static String describe(Frame f, Viewport v, boolean rendering, double progress) {
        return describe(f, v, rendering, progress, false, false);
    }

    /**
     * As above; {@code cold} marks a frame that started before the kernel warm-up ended and
     * {@code warming} a render that runs while it still does, so a slow first frame is not read as
     * this machine's speed.
     */
    public static String describe(Frame f, Viewport v, boolean rendering, double progress, boolean cold,
                                  boolean warming) {
        String size = v.width() + "×" + v.height();
        if (rendering) {
            return String.format(Locale.ROOT, "%s · rendering %3.0f%%%s", size, progress * 100,
                    warming ? " · " + COLD : "");
        }
        if (f == null) {
            return size;
        }
        return String.format(Locale.ROOT,
                "%d×%d · %s kernel · %s · %d thread%s · %d tasks · %.1f ms · %.2f G iterations/s · load balance %.2f%s",
                f.width(), f.rows(), f.kernel(), f.request().schedule().id(), f.threads(), f.threads() == 1 ? "" : "s",
                f.trace().tasks(), f.wallNanos() / 1e6, f.iterationsPerSecond() / 1e9, f.loadBalance(),
                cold ? " · " + COLD : "");
    }
}
