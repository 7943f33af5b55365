package dev.mandel.gui.model;

import dev.mandel.color.ColourStops;
import dev.mandel.color.Palette;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.util.Locale;

/**
 * The palette editor's state and verbs, without widgets: colour stops to add, move, recolour and
 * remove, each edit shown at once on the picture ({@link ExplorerModel#setCustomColours}, which only
 * recolours: colour cycling keeps running on the edited stops), and palettes saved to and loaded
 * from a {@link PaletteLibrary}. A refused edit or a bad file leaves everything as it was and says
 * why in {@link #messageProperty()} (one line). Runs on the FX thread.
 */
public final class PaletteEditor {

    private final ExplorerModel model;
    private final PaletteLibrary library;
    private final ReadOnlyObjectWrapper<ColourStops> stops = new ReadOnlyObjectWrapper<>(this, "stops");
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", 0);
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObservableList<String> saved = FXCollections.observableArrayList();

    /** Starts from the palette in force (not yet applied: the picture does not change until an edit). */
    public PaletteEditor(ExplorerModel model, PaletteLibrary library) {
        this.model = model;
        this.library = library;
        ColourStops custom = model.customColoursProperty().get();
        stops.set(custom != null ? custom : model.settings().palette().toStops());
        name.set(custom != null ? "custom" : model.settings().palette().id());
        refreshSaved();
    }

    public ReadOnlyObjectProperty<ColourStops> stopsProperty() {
        return stops.getReadOnlyProperty();
    }

    public ColourStops stops() {
        return stops.get();
    }

    /** Index (by position) of the stop the colour and remove verbs act on. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public int selected() {
        return selected.get();
    }

    /** The name the stops were loaded or saved under, or the built-in palette they started from. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** What the last verb did ("saved ...", "loaded ..."); empty after a refusal. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last verb was refused (one line); empty after one that worked. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Names of the palettes saved in the library, for the load list. */
    public ObservableList<String> saved() {
        return saved;
    }

    public PaletteLibrary library() {
        return library;
    }

    // ---- verbs --------------------------------------------------------------------------------

    /** Replaces the stops by a built-in palette's (evenly spaced), shown at once. */
    public void startFrom(Palette palette) {
        apply(palette.toStops(), 0);
        name.set(palette.id());
    }

    public void select(int index) {
        if (index >= 0 && index < stops().size()) {
            selected.set(index);
        }
    }

    /** Adds a stop at {@code position} coloured as the ramp is there, and selects it. */
    public boolean addStop(double position) {
        return edit(() -> {
            ColourStops next = stops().withStopAt(position);
            return new Edit(next, next.indexOf(position));
        });
    }

    /** Moves the selected stop to {@code position} (from 0 to below 1), keeping it selected. */
    public boolean moveSelected(double position) {
        return edit(() -> {
            ColourStops next = stops().withMoved(selected(), position);
            return new Edit(next, next.indexOf(position));
        });
    }

    /** Gives the selected stop a new colour (0xRRGGBB). */
    public boolean recolourSelected(int rgb) {
        return edit(() -> new Edit(stops().withColour(selected(), rgb), selected()));
    }

    /** Removes the selected stop (a palette keeps at least {@value ColourStops#MIN_STOPS}). */
    public boolean removeSelected() {
        return edit(() -> {
            ColourStops next = stops().without(selected());
            return new Edit(next, Math.min(selected(), next.size() - 1));
        });
    }

    /** Saves the stops as {@code saveAs} in the library (replacing one of that name). */
    public boolean save(String saveAs) {
        try {
            var file = library.save(new PaletteFile.Named(saveAs, stops()));
            name.set(PaletteFile.checkName(saveAs));
            refreshSaved();
            succeeded("saved palette '" + name.get() + "' to " + file);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            refused(e.getMessage());
            return false;
        }
    }

    /** Loads the palette saved as {@code savedName} and shows it; a bad file is refused with one line. */
    public boolean load(String savedName) {
        PaletteFile.Named p;
        try {
            p = library.load(savedName);
        } catch (IllegalArgumentException e) {
            refused("palette not loaded: " + e.getMessage());
            return false;
        }
        apply(p.stops(), 0);
        name.set(p.name());
        succeeded(String.format(Locale.ROOT, "loaded palette '%s' (%d stops)", p.name(), p.stops().size()));
        return true;
    }

    /** Re-reads the names of the saved palettes. */
    public void refreshSaved() {
        saved.setAll(library.names());
    }

    // ---- internals ----------------------------------------------------------------------------

    private record Edit(ColourStops stops, int selected) {
    }

    private interface EditStep {
        Edit make();
    }

    private boolean edit(EditStep step) {
        Edit e;
        try {
            e = step.make();
        } catch (IllegalArgumentException ex) {
            refused(ex.getMessage());
            return false;
        }
        apply(e.stops(), Math.max(0, e.selected()));
        succeeded("");
        return true;
    }

    private void apply(ColourStops next, int select) {
        stops.set(next);
        selected.set(select);
        model.setCustomColours(next);
    }

    private void succeeded(String what) {
        problem.set("");
        message.set(what);
    }

    private void refused(String why) {
        message.set("");
        problem.set(why);
    }
}
