package dev.mandel.gui.classroom;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** The small label, card and button factories and number formats the classroom's sections share. */
final class ClassroomUi {

    private ClassroomUi() {
    }

    /**
     * An action button that never takes focus: it is disabled while a measurement runs, and a
     * focused control being disabled would move focus down the tab and scroll the pane away.
     */
    static Button action(String text, Runnable onAction, Background background) {
        Button b = new Button(text);
        b.setFocusTraversable(false);
        b.setOnAction(e -> onAction.run());
        b.disableProperty().bind(background.busyProperty());
        return b;
    }

    static VBox card(String caption, Label value) {
        Label c = new Label(caption);
        c.getStyleClass().add("card-caption");
        VBox box = new VBox(2, c, value);
        box.getStyleClass().add("card");
        box.setAlignment(Pos.CENTER);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    static Label bigNumber() {
        Label l = new Label("–");
        l.getStyleClass().add("big-number");
        return l;
    }

    static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("note");
        l.setWrapText(true);
        return l;
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section");
        return l;
    }

    static String times(double x) {
        return String.format(Locale.ROOT, "%.2f×", x);
    }

    /** Below this a sequential frame is too short to time against thread wake-ups and timer noise. */
    static final long SHORT_FRAME_NANOS = 20_000_000L;

    /** A warning when the sequential frame is too short for its speedups to mean much; else empty. */
    static String shortFrameWarning(long sequentialNanos) {
        return sequentialNanos >= SHORT_FRAME_NANOS ? "" : String.format(Locale.ROOT,
                "%nThe sequential frame took only %.1f ms: too short to time well. Zoom to where the set is, raise the "
                        + "iteration limit or choose the classroom preset.", sequentialNanos / 1e6);
    }

    /** The footnote every timing on a shared machine needs. */
    static String otherLoad(double share) {
        return Double.isNaN(share) ? "" : String.format(Locale.ROOT,
                "%nOther processes used %.0f%% of this machine's CPU while measuring%s.", 100 * share,
                share > 0.15 ? ": measured speedups are lower than on a quiet machine" : "");
    }
}
