package dev.mandel.gui.view;

import dev.mandel.color.Palette;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.kernel.Precision;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Preset;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Function;

/**
 * The settings: kernel, schedule, threads, partition factor, iteration limit, precision, palette, smooth
 * colouring, presets and display toggles. Each control calls a model verb when the user changes
 * it and follows the model when the model changes (a preset sets the iteration limit).
 */
public final class ControlsPane extends VBox {

    private final ExplorerModel model;
    final ComboBox<KernelProvider.Choice> kernel = new ComboBox<>();
    final ComboBox<Schedule> schedule = new ComboBox<>();
    final ComboBox<Precision> precision = new ComboBox<>();
    final Spinner<Integer> threads = new Spinner<>();
    final Spinner<Integer> partitionFactor = new Spinner<>();
    final Spinner<Integer> maxIter = new Spinner<>();
    final ComboBox<Palette> palette = new ComboBox<>();
    final CheckBox smooth = new CheckBox("Smooth colouring");
    final ComboBox<Preset> preset = new ComboBox<>();
    final CheckBox overlay = new CheckBox("Worker ownership overlay");
    final CheckBox logScale = new CheckBox("Histogram log scale");
    /** Centre and span with every digit; typed or pasted locations go deep where needed. */
    final LocationField location;
    private final Label tasks = new Label();
    private final Label presetNote = new Label();
    /** Set while the controls copy the model, so that copying does not call verbs back. */
    private boolean following;

    public ControlsPane(ExplorerModel model) {
        this.model = model;
        getStyleClass().add("controls-pane");
        setSpacing(14);
        setPadding(new Insets(12));

        kernel.getItems().setAll(KernelProvider.Choice.values());
        kernel.setButtonCell(cell(c -> lower(c.name())));
        kernel.setCellFactory(l -> cell(c -> lower(c.name())));
        precision.getItems().setAll(Precision.values());
        precision.setButtonCell(cell(Precision::label));
        precision.setCellFactory(l -> cell(Precision::label));
        schedule.getItems().setAll(Schedule.values());
        schedule.setButtonCell(cell(Schedule::id));
        schedule.setCellFactory(l -> cell(Schedule::id));
        palette.getItems().setAll(Palette.values());
        palette.setButtonCell(cell(Palette::id));
        palette.setCellFactory(l -> cell(Palette::id));
        preset.getItems().setAll(Preset.values());
        preset.setButtonCell(cell(Preset::id));
        preset.setCellFactory(l -> cell(Preset::id));
        preset.setPromptText("choose a view…");

        threads.setValueFactory(new IntegerSpinnerValueFactory(1, RenderSettings.maxThreads(), 1));
        partitionFactor.setValueFactory(new IntegerSpinnerValueFactory(1, 1, 1));
        maxIter.setValueFactory(new IntegerSpinnerValueFactory(1, RenderSettings.MAX_ITER_LIMIT, 1000, 100));
        for (Spinner<Integer> s : java.util.List.of(threads, partitionFactor, maxIter)) {
            s.setEditable(true);
            s.setMaxWidth(Double.MAX_VALUE);
        }
        for (ComboBox<?> c : java.util.List.of(kernel, precision, schedule, palette, preset)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        kernel.setTooltip(new Tooltip("auto: the Vector API kernel when the JVM has it, else scalar"));
        precision.setTooltip(new Tooltip("auto: single precision (twice the pixels per vector) where it resolves"
                + " the view, double when zoomed in or past 1000 iterations; the status line names the kernel that ran"));
        partitionFactor.setTooltip(new Tooltip("forkjoin tasks per worker; the maximum is one task per row"));
        presetNote.setWrapText(true);
        presetNote.getStyleClass().add("note");
        tasks.getStyleClass().add("note");

        GridPane render = grid();
        row(render, 0, "Kernel", kernel);
        row(render, 1, "Schedule", schedule);
        row(render, 2, "Threads", threads);
        row(render, 3, "Partition factor", partitionFactor);
        render.add(tasks, 1, 4);
        row(render, 5, "Max iterations", maxIter);
        row(render, 6, "Precision", precision);

        GridPane colour = grid();
        row(colour, 0, "Palette", palette);
        colour.add(smooth, 0, 1, 2, 1);

        GridPane view = grid();
        row(view, 0, "Preset", preset);
        view.add(presetNote, 0, 1, 2, 1);

        VBox show = new VBox(8, overlay, logScale);

        location = new LocationField(model);
        getChildren().addAll(section("Render"), render, section("Colour"), colour, section("View"), view,
                section("Location"), location, section("Show the work"), show, help());

        follow();
        kernel.valueProperty().addListener((o, a, b) -> act(() -> model.setKernel(b)));
        precision.valueProperty().addListener((o, a, b) -> act(() -> model.setPrecision(b)));
        schedule.valueProperty().addListener((o, a, b) -> act(() -> model.setSchedule(b)));
        threads.valueProperty().addListener((o, a, b) -> act(() -> model.setThreads(b)));
        partitionFactor.valueProperty().addListener((o, a, b) -> act(() -> model.setPartitionFactor(b)));
        maxIter.valueProperty().addListener((o, a, b) -> act(() -> model.setMaxIter(b)));
        palette.valueProperty().addListener((o, a, b) -> act(() -> model.setPalette(b)));
        smooth.selectedProperty().addListener((o, a, b) -> act(() -> model.setSmooth(b)));
        preset.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                presetNote.setText(b.description());
                act(() -> model.applyPreset(b));
            }
        });
        overlay.selectedProperty().bindBidirectional(model.ownershipOverlayProperty());
        logScale.selectedProperty().bindBidirectional(model.logHistogramProperty());
        model.settingsProperty().addListener((o, a, b) -> follow());
        model.viewportProperty().addListener((o, a, b) -> follow());
    }

    /** Copies the model's settings into the controls without calling verbs. */
    private void follow() {
        following = true;
        try {
            RenderSettings s = model.settings();
            kernel.setValue(s.kernel());
            precision.setValue(s.precision());
            schedule.setValue(s.schedule());
            threads.getValueFactory().setValue(s.threads());
            IntegerSpinnerValueFactory pf = (IntegerSpinnerValueFactory) partitionFactor.getValueFactory();
            pf.setMax(Math.max(model.maxPartitionFactor(), s.partitionFactor()));
            pf.setValue(s.partitionFactor());
            partitionFactor.setDisable(s.schedule() != Schedule.FORKJOIN);
            maxIter.getValueFactory().setValue(s.maxIter());
            palette.setValue(s.palette());
            smooth.setSelected(s.smooth());
            int n = s.schedule().taskCount(model.viewport().height(), s.threads(), s.partitionFactor());
            tasks.setText(String.format(Locale.ROOT, "= %d task%s over %d rows", n, n == 1 ? "" : "s",
                    model.viewport().height()));
        } finally {
            following = false;
        }
    }

    private void act(Runnable verb) {
        if (!following) {
            verb.run();
        }
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(),
                new javafx.scene.layout.ColumnConstraints());
        g.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().get(1).setFillWidth(true);
        return g;
    }

    private static void row(GridPane g, int row, String label, javafx.scene.Node control) {
        Label l = new Label(label);
        l.setLabelFor(control);
        g.add(l, 0, row);
        g.add(control, 1, row);
    }

    private static Label section(String text) {
        Label l = new Label(text.toUpperCase(Locale.ROOT));
        l.getStyleClass().add("section");
        return l;
    }

    private static Label help() {
        Label l = new Label("""
                Wheel: zoom at the cursor · Drag: pan
                Shift-drag or right-drag: zoom box
                Arrows: pan · + / −: zoom · R / Home: reset
                Alt+← / Backspace: back · Alt+→: forward""");
        l.getStyleClass().add("note");
        l.setWrapText(true);
        return l;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
