package dev.mandel.gui.view;

import dev.mandel.deep.DeepNavigation;
import dev.mandel.deep.DeepView;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.ZoomRecording;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.Optional;

/**
 * The tool bar's "Record zoom to here…" button, and while a zoom records, its progress and a
 * Cancel button. The dialog asks for seconds, frames per second and size, then where to save.
 */
public final class ZoomRecordingBar extends HBox {

    private final ExplorerModel model;
    private final ZoomRecording recording;
    private final TextField seconds = new TextField("10");
    private final TextField fps = new TextField("30");
    private final TextField size = new TextField("1280x720");

    public ZoomRecordingBar(ExplorerModel model, ZoomRecording recording) {
        super(6);
        this.model = model;
        this.recording = recording;
        setAlignment(Pos.CENTER_LEFT);
        Button record = new Button("Record zoom to here…");
        record.setTooltip(new Tooltip("A video zooming from the whole set into this view (MP4 through ffmpeg)"));
        record.setFocusTraversable(false);
        record.setOnAction(e -> ask());
        record.disableProperty().bind(recording.runningProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(100);
        bar.progressProperty().bind(recording.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> recording.cancel());
        for (var n : new javafx.scene.Node[] {bar, cancel}) {
            n.visibleProperty().bind(recording.runningProperty());
            n.managedProperty().bind(recording.runningProperty());
        }
        Label status = new Label();
        status.textProperty().bind(recording.statusProperty());
        getChildren().addAll(record, bar, cancel, status);
    }

    private void ask() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Record zoom to here");
        GridPane grid = new GridPane(8, 6);
        grid.addRow(0, new Label("Seconds"), seconds);
        grid.addRow(1, new Label("Frames per second"), fps);
        grid.addRow(2, new Label("Size (WxH)"), size);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Window owner = getScene() == null ? null : getScene().getWindow();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("mandelbrot-zoom.mp4");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MP4 video", "*.mp4"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            start(file);
        }
    }

    /** Starts recording to {@code file} with the fields' values, or says in the status line what is wrong. */
    void start(File file) {
        try {
            DeepView here = model.deep() != null ? model.deep() : DeepNavigation.of(model.viewport());
            recording.start(ZoomRecording.parse(here, model.settings(), seconds.getText(), fps.getText(),
                    size.getText(), file.toPath()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            model.notice("cannot record the zoom: " + e.getMessage());
        }
    }

    TextField secondsField() {
        return seconds;
    }

    TextField fpsField() {
        return fps;
    }

    TextField sizeField() {
        return size;
    }
}
