package dev.mandel.gui.view;

import dev.mandel.color.ColourStops;
import dev.mandel.color.Palette;
import dev.mandel.gui.model.PaletteEditor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import java.util.Locale;

/**
 * The palette editor ({@link PaletteEditor}): the ramp with its colour stops under it; click a stop
 * to choose it, drag it to move it, double-click the ramp to add one; a colour picker and "Remove"
 * for the chosen stop; start from a built-in palette; save and load by name. Every edit recolours
 * the picture at once (nothing renders). A refused edit or a bad file shows its reason in one line.
 */
public final class PaletteEditorPane extends VBox {

    static final double RAMP_WIDTH = 272;
    static final double RAMP_HEIGHT = 30;
    static final double MARKER_HEIGHT = 16;
    /** How near (in pixels) a press must be to a stop's marker to take it. */
    private static final double GRAB = 7;

    private final PaletteEditor editor;
    final Canvas ramp = new Canvas(RAMP_WIDTH, RAMP_HEIGHT + MARKER_HEIGHT);
    final ComboBox<Palette> startFrom = new ComboBox<>();
    final ColorPicker colour = new ColorPicker();
    final Button remove = new Button("Remove");
    final Label stopLine = new Label();
    final TextField saveName = new TextField();
    final Button save = new Button("Save");
    final ComboBox<String> savedList = new ComboBox<>();
    final Button load = new Button("Load");
    final Label problem = new Label();
    final Label message = new Label();
    private boolean dragging;
    /** Set while the picker is set from the model, which is not the user choosing a colour. */
    private boolean syncing;

    public PaletteEditorPane(PaletteEditor editor) {
        this.editor = editor;
        setSpacing(8);
        startFrom.getItems().setAll(Palette.values());
        startFrom.setPromptText("start from a built-in palette…");
        startFrom.setMaxWidth(Double.MAX_VALUE);
        startFrom.valueProperty().addListener((o, was, chosen) -> {
            if (chosen != null) {
                editor.startFrom(chosen);
            }
        });
        Tooltip.install(ramp, new Tooltip("click a stop to choose it, drag it to move it, double-click the ramp to add one"));
        ramp.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        ramp.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        ramp.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragging = false);
        colour.setOnAction(e -> {
            if (!syncing) {
                Color c = colour.getValue();
                editor.recolourSelected(rgb(c));
            }
        });
        remove.setOnAction(e -> editor.removeSelected());
        HBox stopRow = new HBox(6, colour, remove);
        stopLine.getStyleClass().add("note");
        saveName.setPromptText("palette name…");
        saveName.setOnAction(e -> save());
        save.setOnAction(e -> save());
        HBox saveRow = new HBox(6, saveName, save);
        HBox.setHgrow(saveName, Priority.ALWAYS);
        savedList.setItems(editor.saved());
        savedList.setPromptText("saved palettes…");
        savedList.setMaxWidth(Double.MAX_VALUE);
        savedList.setOnShowing(e -> editor.refreshSaved());
        load.setOnAction(e -> {
            if (savedList.getValue() != null) {
                editor.load(savedList.getValue());
            }
        });
        load.disableProperty().bind(savedList.valueProperty().isNull());
        HBox loadRow = new HBox(6, savedList, load);
        HBox.setHgrow(savedList, Priority.ALWAYS);
        problem.getStyleClass().addAll("note", "input-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(editor.problemProperty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.visibleProperty().bind(editor.problemProperty().isNotEmpty());
        message.getStyleClass().add("note");
        message.setWrapText(true);
        message.textProperty().bind(editor.messageProperty());
        message.managedProperty().bind(message.visibleProperty());
        message.visibleProperty().bind(editor.messageProperty().isNotEmpty());
        Label folder = new Label("saved as NAME.palette in " + editor.library().dir());
        folder.getStyleClass().add("note");
        folder.setWrapText(true);
        getChildren().addAll(startFrom, ramp, stopLine, stopRow, problem, saveRow, loadRow, message, folder);

        editor.stopsProperty().addListener((o, a, b) -> sync());
        editor.selectedProperty().addListener((o, a, b) -> sync());
        editor.nameProperty().addListener((o, a, b) -> sync());
        sync();
    }

    public PaletteEditor editor() {
        return editor;
    }

    private void save() {
        if (editor.save(saveName.getText())) {
            savedList.setValue(editor.nameProperty().get());
        }
    }

    private void pressed(MouseEvent e) {
        if (e.getY() > RAMP_HEIGHT || e.getClickCount() == 1) {
            int near = nearestStop(e.getX());
            if (near >= 0) {
                editor.select(near);
                dragging = true;
                return;
            }
        }
        if (e.getClickCount() == 2 && e.getY() <= RAMP_HEIGHT) {
            editor.addStop(positionAt(e.getX()));
        }
    }

    private void dragged(MouseEvent e) {
        if (dragging) {
            double p = positionAt(e.getX());
            if (p != editor.stops().stops().get(editor.selected()).position()) {
                editor.moveSelected(p);
            }
        }
    }

    /** The ramp position under {@code x}, to the four decimals a palette file keeps. */
    static double positionAt(double x) {
        return Math.round(x / RAMP_WIDTH * 10_000) / 10_000.0;
    }

    private int nearestStop(double x) {
        int best = -1;
        double bestDistance = GRAB;
        var list = editor.stops().stops();
        for (int i = 0; i < list.size(); i++) {
            double d = Math.abs(list.get(i).position() * RAMP_WIDTH - x);
            if (d <= bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private void sync() {
        ColourStops s = editor.stops();
        int sel = editor.selected();
        ColourStops.Stop chosen = s.stops().get(sel);
        stopLine.setText(String.format(Locale.ROOT, "%s · stop %d of %d at %.4f, #%06X", editor.nameProperty().get(),
                sel + 1, s.size(), chosen.position(), chosen.rgb()));
        syncing = true;
        colour.setValue(color(chosen.rgb()));
        syncing = false;
        remove.setDisable(s.size() <= ColourStops.MIN_STOPS);
        draw(s, sel);
    }

    private void draw(ColourStops s, int sel) {
        GraphicsContext g = ramp.getGraphicsContext2D();
        g.clearRect(0, 0, ramp.getWidth(), ramp.getHeight());
        for (int x = 0; x < (int) RAMP_WIDTH; x++) {
            g.setFill(color(s.argb((x + 0.5) / RAMP_WIDTH) & 0xFFFFFF));
            g.fillRect(x, 0, 1, RAMP_HEIGHT);
        }
        g.setStroke(Color.gray(0.45));
        g.strokeRect(0.5, 0.5, RAMP_WIDTH - 1, RAMP_HEIGHT - 1);
        for (int i = 0; i < s.size(); i++) {
            ColourStops.Stop stop = s.stops().get(i);
            double x = stop.position() * RAMP_WIDTH;
            double[] xs = {x, x - 6, x + 6};
            double[] ys = {RAMP_HEIGHT + 1, RAMP_HEIGHT + MARKER_HEIGHT - 1, RAMP_HEIGHT + MARKER_HEIGHT - 1};
            g.setFill(color(stop.rgb()));
            g.fillPolygon(xs, ys, 3);
            g.setStroke(i == sel ? Color.WHITE : Color.gray(0.35));
            g.setLineWidth(i == sel ? 2 : 1);
            g.strokePolygon(xs, ys, 3);
        }
        g.setLineWidth(1);
    }

    private static Color color(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    private static int rgb(Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
