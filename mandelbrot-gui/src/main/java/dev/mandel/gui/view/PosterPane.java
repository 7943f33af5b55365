package dev.mandel.gui.view;

import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.PosterExport;
import dev.mandel.view.Viewport;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;

/**
 * Export the view on screen at poster size: width and height (checked as typed), anti-aliasing,
 * then a PNG rendered strip by strip in the background ({@link PosterExport}) with a progress bar
 * and a cancel button.
 */
public final class PosterPane extends VBox {

    private final ExplorerModel model;
    final IntInput width = new IntInput("poster width", 1, Viewport.MAX_EDGE, 4800, 100);
    final IntInput height = new IntInput("poster height", 1, Viewport.MAX_EDGE, 3600, 100);
    final ComboBox<Integer> antiAlias = new ComboBox<>();
    final ProgressBar bar = new ProgressBar(0);
    final Label status = new Label("The view on screen, same centre and width, at any size.");
    private final Button export = new Button("Export poster…");
    private final Button cancel = new Button("Cancel");
    private PosterExport running;

    public PosterPane(ExplorerModel model) {
        this.model = model;
        setSpacing(8);
        antiAlias.getItems().setAll(1, 2, 3, 4);
        antiAlias.setValue(1);
        antiAlias.setMaxWidth(Double.MAX_VALUE);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Width"), width);
        g.addRow(1, new Label("Height"), height);
        g.addRow(2, new Label("Anti-aliasing"), antiAlias);
        status.getStyleClass().add("note");
        status.setWrapText(true);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setVisible(false);
        cancel.setDisable(true);
        export.setOnAction(e -> chooseAndStart());
        cancel.setOnAction(e -> cancel());
        Button fit = new Button("Window shape");
        fit.setOnAction(e -> {
            Viewport v = model.viewport();
            height.setValue((int) Math.max(1, Math.round((double) width.value() * v.height() / v.width())));
        });
        getChildren().addAll(g, new HBox(6, export, cancel, fit), bar, status);
        setPadding(new Insets(0));
    }

    private void chooseAndStart() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("poster.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            start(f.toPath());
        }
    }

    /** Starts exporting to {@code file}; returns the export, or null when the settings are refused (the reason shows). */
    public PosterExport start(Path file) {
        if (running != null) {
            return null;
        }
        PosterExport.Job job;
        try {
            if (model.deep() != null) {
                // Deep views render as one frame (reference orbit and BLA for that grid), not strip by strip.
                throw new IllegalArgumentException("a poster of a deep view is rendered by the command line: "
                        + model.reproduceCommand().replaceFirst("--size \\S+", "--size " + width.value() + "x" + height.value()));
            }
            job = new PosterExport.Job(model.viewport(), model.settings(), model.gradient(), width.value(), height.value(),
                    antiAlias.getValue(), file);
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return null;
        }
        bar.setVisible(true);
        bar.setProgress(0);
        export.setDisable(true);
        cancel.setDisable(false);
        running = PosterExport.start(job, javafx.application.Platform::runLater, p -> {
            bar.setProgress(p.fraction());
            status.setText(p.text());
        }, line -> {
            running = null;
            export.setDisable(false);
            cancel.setDisable(true);
            model.notice(line);
        });
        return running;
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }
}
