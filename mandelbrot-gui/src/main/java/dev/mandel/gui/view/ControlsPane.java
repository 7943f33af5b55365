package dev.mandel.gui.view;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.color.Palette;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.kernel.Precision;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Preset;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
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
    final ComboBox<KernelChoice> kernel = new ComboBox<>();
    final ComboBox<Schedule> schedule = new ComboBox<>();
    final ComboBox<Precision> precision = new ComboBox<>();
    final IntInput threadsInput = new IntInput("threads", 1, RenderSettings.maxThreads(), 1, 1);
    final IntInput partitionInput = new IntInput("partition factor", 1, 1, 1, 1);
    final IntInput maxIterInput = new IntInput("max iterations", 1, RenderSettings.MAX_ITER_LIMIT, 1000, 100);
    final Spinner<Integer> threads = threadsInput.spinner();
    final Spinner<Integer> partitionFactor = partitionInput.spinner();
    final Spinner<Integer> maxIter = maxIterInput.spinner();
    final ComboBox<Palette> palette = new ComboBox<>();
    final CheckBox smooth = new CheckBox("Smooth colouring");
    final ComboBox<Integer> antiAlias = new ComboBox<>();
    final CheckBox colourCycle = new CheckBox("Colour cycling");
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

        kernel.getItems().setAll(KernelChoice.values());
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
        preset.setButtonCell(buttonCell(preset, Preset::id));
        preset.setCellFactory(l -> cell(Preset::id));
        preset.setPromptText("choose a view…");

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
        row(render, 2, "Threads", threadsInput);
        row(render, 3, "Partition factor", partitionInput);
        render.add(tasks, 1, 4);
        row(render, 5, "Max iterations", maxIterInput);
        row(render, 6, "Precision", precision);

        GridPane colour = grid();
        row(colour, 0, "Palette", palette);
        colour.add(smooth, 0, 1, 2, 1);
        row(colour, 2, "Anti-aliasing", antiAlias);
        colour.add(colourCycle, 0, 3, 2, 1);
        colourCycle.setTooltip(new Tooltip("The bands flow outward through the picture; the set itself stays black"));
        colourCycle.selectedProperty().bindBidirectional(model.colourCycleProperty());
        antiAlias.getItems().setAll(1, 2, 3, 4);
        antiAlias.setButtonCell(cell(ControlsPane::aaName));
        antiAlias.setCellFactory(l -> cell(ControlsPane::aaName));
        antiAlias.setMaxWidth(Double.MAX_VALUE);
        antiAlias.setTooltip(new Tooltip("Each frame shows sharp first, then refined: n×n samples per pixel on a finer grid, "
                + "averaged in linear light (costs n² times the work, in the background)"));
        antiAlias.setValue(model.antiAliasProperty().get());
        antiAlias.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.antiAliasProperty().set(b);
            }
        });
        model.antiAliasProperty().addListener((o, a, b) -> antiAlias.setValue(b.intValue()));

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
                // Empty again, so choosing the same preset once more is a change the list reports.
                javafx.application.Platform.runLater(() -> preset.getSelectionModel().clearSelection());
            }
        });
        model.presetProperty().addListener((o, a, b) -> showPreset(b));
        showPreset(model.presetProperty().get());
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
            threadsInput.setValue(s.threads());
            partitionInput.factory().setMax(Math.max(model.maxPartitionFactor(), s.partitionFactor()));
            partitionInput.setValue(s.partitionFactor());
            partitionInput.setDisable(s.schedule() != Schedule.FORKJOIN);
            maxIterInput.setValue(s.maxIter());
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

    /** The preset list names the preset on screen; it stays empty so any preset can be chosen again. */
    private void showPreset(Preset p) {
        preset.setPromptText(p == null ? "choose a view…" : p.id() + " (choose again to reset)");
        if (p != null) {
            presetNote.setText(p.description());
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
        l.setMinWidth(Label.USE_PREF_SIZE); // never cut to "Partition f…" in a narrow window
        javafx.scene.layout.GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new Insets(4, 0, 0, 0));
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

    private static String aaName(int n) {
        return n == 1 ? "off (sharp)" : n + "×" + n + " samples per pixel";
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

    /** A button cell that shows the list's prompt when nothing is chosen (a custom cell otherwise shows nothing). */
    private static <T> ListCell<T> buttonCell(ComboBox<T> box, Function<T, String> text) {
        return new ListCell<>() {
            {
                box.promptTextProperty().addListener((o, a, b) -> updateItem(getItem(), isEmpty()));
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? box.getPromptText() : text.apply(item));
            }
        };
    }
}
