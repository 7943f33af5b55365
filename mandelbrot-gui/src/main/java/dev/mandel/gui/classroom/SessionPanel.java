package dev.mandel.gui.classroom;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.render.Frame;
import dev.mandel.session.Machine;
import dev.mandel.session.Session;
import dev.mandel.json.SessionFile;
import dev.mandel.session.Settings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Save the current frame as a session (view, settings, per-row costs, task trace, machine) and load
 * one back: loading restores the view and settings, renders here, and lists the saved machine's
 * numbers beside this machine's so a class can compare an 88-core server with a laptop.
 */
final class SessionPanel extends VBox {

    private static final String[] ROWS = {"machine", "cores", "doubles / vector", "JDK", "schedule", "threads",
        "tasks", "wall time", "G iterations/s", "load balance"};

    private final ExplorerModel model;
    private final GridPane table = new GridPane();
    private final Label[] saved = new Label[ROWS.length];
    private final Label[] here = new Label[ROWS.length];
    private Session loaded;

    SessionPanel(ExplorerModel model) {
        this.model = model;
        setSpacing(6);
        Button save = new Button("Save session…");
        save.setOnAction(e -> choose(true));
        save.disableProperty().bind(model.frameProperty().isNull());
        Button load = new Button("Load session…");
        load.setOnAction(e -> choose(false));
        table.setHgap(14);
        table.setVgap(2);
        table.getStyleClass().add("session-table");
        table.add(header(""), 0, 0);
        table.add(header("saved session"), 1, 0);
        table.add(header("this machine (last frame)"), 2, 0);
        for (int i = 0; i < ROWS.length; i++) {
            Label name = new Label(ROWS[i]);
            name.getStyleClass().add("note");
            saved[i] = new Label("–");
            here[i] = new Label("–");
            table.add(name, 0, i + 1);
            table.add(saved[i], 1, i + 1);
            table.add(here[i], 2, i + 1);
        }
        model.frameProperty().addListener((o, old, f) -> fill(here, Machine.current(), f == null ? null : Session.capture(f)));
        fill(here, Machine.current(), model.frame() == null ? null : Session.capture(model.frame()));
        getChildren().addAll(new HBox(8, save, load), table);
        setPadding(new Insets(0, 0, 4, 0));
    }

    /** Writes the last finished frame as a session. */
    void save(Path file) throws IOException {
        Frame f = model.frame();
        if (f == null) {
            throw new IOException("no finished frame to save yet");
        }
        SessionFile.save(file, Session.capture(f));
    }

    /** Loads a session, restores its view and settings (threads capped at this machine's limit). */
    Session load(Path file) {
        Session s = SessionFile.load(file);
        Settings st = s.trace().settings();
        int threads = Math.min(st.threads(), RenderSettings.maxThreads());
        model.setKernel(kernelChoice(st.kernel()));
        model.setSchedule(st.schedule());
        model.setThreads(threads);
        model.setPartitionFactor(st.partitionFactor());
        model.setMaxIter(Math.min(st.maxIter(), RenderSettings.MAX_ITER_LIMIT));
        model.showRegion(s.trace().view());
        loaded = s;
        fill(saved, s.machine(), s);
        // One notice that says both, set after the render the load started (a render clears the
        // notice line), so the thread cap is not overwritten by "loaded" a moment later.
        model.notice("loaded session " + file.getFileName() + (threads == st.threads() ? ""
                : " · it used " + st.threads() + " threads; this machine allows at most " + threads
                        + ", so it runs on " + threads));
        return s;
    }

    Session loaded() {
        return loaded;
    }

    /**
     * The choice that runs a saved session's kernel again. A session names the kernel that ran, not
     * the choice asked for: {@code scalar} and {@code vector} are choices ({@link KernelChoice#parse});
     * anything else (auto precision's {@code vector/vector-float}, {@code deep}, a name a later build
     * wrote) restores {@code auto}, which picks the best kernel here.
     */
    static KernelChoice kernelChoice(String ranKernel) {
        try {
            return KernelChoice.parse(ranKernel);
        } catch (IllegalArgumentException notAChoice) {
            return KernelChoice.AUTO;
        }
    }

    private void fill(Label[] column, Machine m, Session s) {
        column[0].setText(shorten(m.cpu()));
        column[1].setText(Integer.toString(m.cores()));
        column[2].setText(Integer.toString(m.vectorLanes()));
        column[3].setText(shorten(m.jdk()));
        if (s == null) {
            for (int i = 4; i < column.length; i++) {
                column[i].setText("–");
            }
            return;
        }
        Settings st = s.trace().settings();
        column[4].setText(st.schedule().id() + (st.schedule() == dev.mandel.schedule.Schedule.FORKJOIN
                ? " ×" + st.partitionFactor() : "") + " · " + st.kernel());
        column[5].setText(Integer.toString(st.threads()));
        column[6].setText(Integer.toString(s.trace().tasks().size()));
        long wallNanos = s.trace().wallNanos();
        column[7].setText(String.format(Locale.ROOT, "%.1f ms", wallNanos / 1e6));
        column[8].setText(String.format(Locale.ROOT, "%.2f", wallNanos == 0 ? 0 : s.totalIterations() / (double) wallNanos));
        column[9].setText(String.format(Locale.ROOT, "%.2f", s.trace().loadBalance()));
        column[0].setTooltip(new javafx.scene.control.Tooltip(m.summary()));
    }

    private static String shorten(String s) {
        return s.length() > 34 ? s.substring(0, 33) + "…" : s;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("column-header");
        return l;
    }

    private void choose(boolean saving) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Session (JSON)", "*.json"));
        chooser.setInitialFileName("session.json");
        var owner = getScene() == null ? null : getScene().getWindow();
        File file = saving ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        try {
            if (saving) {
                save(file.toPath());
                model.notice("saved session " + file);
            } else {
                load(file.toPath());
            }
        } catch (IOException | RuntimeException e) {
            model.notice(e.getMessage());
        }
    }
}
