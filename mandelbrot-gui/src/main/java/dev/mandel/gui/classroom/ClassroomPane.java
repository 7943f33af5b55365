package dev.mandel.gui.classroom;

import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.gui.view.TimelineModel;
import dev.mandel.gui.view.TimelinePanel;
import dev.mandel.gui.view.ViewerWindow;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.kernel.LaneOccupancy;
import dev.mandel.render.Frame;
import dev.mandel.schedule.Schedule;
import dev.mandel.simulate.SimResult;
import dev.mandel.view.Viewport;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The "Classroom" tab: predict, then measure; static bands against over-partitioning with their
 * timelines stacked on one time axis; speedup sweeps (measured here, simulated beyond this machine);
 * the cost map; SIMD lane occupancy; sessions. It drives the explorer's {@link ExplorerModel} (the
 * picture shows the chosen setting after a run) and measures the model's current view; all timing
 * and simulating runs on one background thread ({@link Background}), never on the FX thread.
 */
public final class ClassroomPane extends VBox {

    /** Tab width while the classroom is shown: charts and timelines need room. */
    static final double WIDE = 600;

    private static final int[] BEYOND = {8, 32, 88};

    private final ExplorerModel model;
    private final Background background;
    private final int warmups;
    private final int reps;
    private final int cores = Runtime.getRuntime().availableProcessors();

    private final ChoiceBox<Schedule> schedule = new ChoiceBox<>();
    private final Spinner<Integer> threads;
    private final Spinner<Integer> factor = new Spinner<>(1, 4096, 8);
    private final TextField guess = new TextField();
    private final Label guessValue = bigNumber();
    private final Label predictedValue = bigNumber();
    private final Label measuredValue = bigNumber();
    private final Label predictNote = note("Enter your predicted speedup over sequential, then press Run.");

    private final TimelinePanel timelineA = new TimelinePanel();
    private final TimelinePanel timelineB = new TimelinePanel();
    private final Label labelA = note("A · static bands");
    private final Label labelB = note("B · over-partitioned ForkJoin");
    private final Label abNote = note("Same view, same threads: static bands against many small stolen tasks.");

    private final SpeedupChart chart = new SpeedupChart();
    private final Label sweepNote = note("Measured points stop at twice this machine's " + Runtime.getRuntime()
            .availableProcessors() + " cores; the simulator replays this view's per-row iteration counts beyond.");

    private final CheckBox costMap = new CheckBox("Cost map: brightness = iterations per pixel");
    private final LaneBar laneBar = new LaneBar();

    private final SessionPanel sessions;

    private final ReadOnlyObjectWrapper<ClassroomBench.Prediction> prediction = new ReadOnlyObjectWrapper<>(this, "prediction");
    private final ReadOnlyObjectWrapper<ClassroomBench.AB> ab = new ReadOnlyObjectWrapper<>(this, "ab");
    private final ReadOnlyObjectWrapper<ClassroomBench.SweepResult> sweep = new ReadOnlyObjectWrapper<>(this, "sweep");
    private final ReadOnlyObjectWrapper<LaneOccupancy> lanes = new ReadOnlyObjectWrapper<>(this, "lanes");

    private ClassroomBench bench;
    private Object benchKey;

    /** A classroom on {@code model}; {@code ui} runs results on the FX thread ({@code Platform::runLater}). */
    public ClassroomPane(ExplorerModel model, Executor ui) {
        this(model, ui, 2, 5);
    }

    /** As above with {@code warmups} untimed and {@code reps} timed renders per setting (tests use fewer). */
    public ClassroomPane(ExplorerModel model, Executor ui, int warmups, int reps) {
        this.model = model;
        this.background = new Background(ui);
        this.warmups = warmups;
        this.reps = reps;
        getStyleClass().addAll("controls-pane", "classroom-pane");
        setSpacing(8);
        setPadding(new Insets(10, 12, 12, 12));

        RenderSettings s = model.settings();
        threads = new Spinner<>(1, RenderSettings.maxThreads(), s.threads());
        schedule.getItems().addAll(Schedule.values());
        schedule.setValue(s.schedule() == Schedule.SEQUENTIAL ? Schedule.FORKJOIN : s.schedule());
        schedule.setConverter(new StringConverter<>() {
            @Override
            public String toString(Schedule v) {
                return v == null ? "" : switch (v) {
                    case SEQUENTIAL -> "sequential (1 thread)";
                    case STATIC -> "static bands";
                    case FORKJOIN -> "ForkJoin, over-partitioned";
                };
            }

            @Override
            public Schedule fromString(String t) {
                return Schedule.parse(t);
            }
        });
        factor.getValueFactory().setValue(Math.max(1, s.partitionFactor()));
        threads.setEditable(true);
        factor.setEditable(true);
        guess.setPromptText("e.g. 1.8");
        guess.setPrefColumnCount(6);
        sessions = new SessionPanel(model);

        getChildren().addAll(
                section("PREDICT, THEN MEASURE"), predictControls(), predictResults(), predictNote,
                new Separator(),
                section("A / B: STATIC BANDS vs OVER-PARTITIONED"), abControls(), labelA, timelineA, labelB, timelineB, abNote,
                new Separator(),
                section("SWEEPS"), sweepControls(), chart, sweepNote,
                new Separator(),
                section("WHERE THE WORK IS: COST MAP AND SIMD LANES"), costMap, lanesControls(), laneBar,
                new Separator(),
                section("SESSIONS"), sessions);
        costMap.selectedProperty().bindBidirectional(model.costMapProperty());
        costMap.setTooltip(new Tooltip("Grey levels by escape count (log scale, white = the iteration limit) "
                + "instead of the palette: the picture shows where the work is"));
        chart.managedProperty().bind(chart.visibleProperty());
        chart.setVisible(false); // an empty chart says nothing; it appears with the first sweep
        timelineA.setPrefHeight(110);
        timelineB.setPrefHeight(110);
        timelineA.setMinHeight(90);
        timelineB.setMinHeight(90);
    }

    /** Puts a classroom tab beside "Explore"; the side panel widens while it is selected. */
    public static ClassroomPane install(ViewerWindow window, Executor ui) {
        ClassroomPane pane = new ClassroomPane(window.model(), ui);
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Tab tab = new Tab("Classroom", scroll);
        tab.setClosable(false);
        var side = window.sideTabs();
        double narrow = side.getPrefWidth();
        tab.selectedProperty().addListener((o, was, now) -> side.setPrefWidth(now ? WIDE : narrow));
        window.addSideTab(tab);
        window.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getStylesheets().add(Objects.requireNonNull(
                        ClassroomPane.class.getResource("classroom.css")).toExternalForm());
            }
        });
        return pane;
    }

    // ---- state for views and tests ------------------------------------------------------------

    public ReadOnlyObjectProperty<ClassroomBench.Prediction> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClassroomBench.AB> abProperty() {
        return ab.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClassroomBench.SweepResult> sweepProperty() {
        return sweep.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LaneOccupancy> lanesProperty() {
        return lanes.getReadOnlyProperty();
    }

    public boolean busy() {
        return background.busyProperty().get();
    }

    public TimelinePanel timelineA() {
        return timelineA;
    }

    public TimelinePanel timelineB() {
        return timelineB;
    }

    public SpeedupChart chart() {
        return chart;
    }

    SessionPanel sessions() {
        return sessions;
    }

    /** Sets the controls of the predict panel (what a student would click). */
    public void choose(Schedule s, int t, int f, String predicted) {
        schedule.setValue(s);
        threads.getValueFactory().setValue(t);
        factor.getValueFactory().setValue(f);
        guess.setText(predicted);
    }

    // ---- actions ------------------------------------------------------------------------------

    /** Predict, then measure: the student's guess, the simulator's speedup and the measured one. */
    public void runPrediction() {
        double g;
        try {
            g = Double.parseDouble(guess.getText().trim());
            if (!(g > 0) || Double.isInfinite(g)) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            predictNote.setText("Your prediction must be a positive number such as 1.8, got '" + guess.getText() + "'.");
            return;
        }
        Schedule s = schedule.getValue();
        int t = threads.getValue();
        int f = factor.getValue();
        double guessed = g;
        ClassroomBench b = bench();
        guessValue.setText(times(guessed));
        predictedValue.setText("…");
        measuredValue.setText("…");
        background.run("measuring sequential and " + s.id() + " on " + t + " threads",
                () -> b.predictAndMeasure(s, t, f, guessed), p -> {
                    prediction.set(p);
                    showPrediction(p, b);
                    // The picture, histogram and timeline now show the chosen setting too.
                    model.setSchedule(s);
                    model.setThreads(t);
                    model.setPartitionFactor(f);
                    model.refresh(); // warm now: the status line and timeline show a fair frame too
                });
    }

    /** Renders the view under static bands and over-partitioned ForkJoin on the chosen threads. */
    public void runAB() {
        int t = threads.getValue();
        int f = Math.max(2, factor.getValue());
        ClassroomBench b = bench();
        background.run("timing static bands and ForkJoin ×" + f + " on " + t + " threads", () -> b.compare(t, f), r -> {
            ab.set(r);
            showAB(r);
        });
    }

    public void runFactorSweep() {
        int t = threads.getValue();
        ClassroomBench b = bench();
        background.run("sweeping partition factors on " + t + " threads", () -> b.factorSweep(t), this::showSweep);
    }

    public void runThreadSweep() {
        int f = factor.getValue();
        ClassroomBench b = bench();
        background.run("sweeping thread counts 1.." + b.maxMeasuredThreads() + " (simulating beyond)",
                () -> b.threadSweep(f), this::showSweep);
    }

    /** Runs the instrumented vector twin (never the fast path) over the current view. */
    public void runLanes() {
        if (!LaneOccupancy.available()) {
            model.notice("lane occupancy needs the Vector API (--add-modules=jdk.incubator.vector)");
            return;
        }
        Viewport v = model.viewport();
        int maxIter = model.settings().maxIter();
        background.run("counting active SIMD lanes", () -> LaneOccupancy.measure(v, maxIter), occ -> {
            lanes.set(occ);
            laneBar.show(occ);
        });
    }

    // ---- presenting ---------------------------------------------------------------------------

    private void showPrediction(ClassroomBench.Prediction p, ClassroomBench b) {
        predictedValue.setText(times(p.predicted()));
        measuredValue.setText(times(p.measured()));
        StringBuilder beyond = new StringBuilder();
        for (int w : BEYOND) {
            SimResult st = b.simulate(Schedule.STATIC, w, 1);
            SimResult fj = b.simulate(Schedule.FORKJOIN, w, p.factor());
            beyond.append(String.format(Locale.ROOT, "%n%2d cores: static %.1f×, ForkJoin ×%d %.1f×", w, st.speedup(),
                    p.factor(), fj.speedup()));
        }
        predictNote.setText(String.format(Locale.ROOT,
                "sequential %.1f ms · %s on %d thread%s %.1f ms (best of %d, timed alternately after at least %d warm-ups) · the simulator replays "
                        + "this view's per-row iteration counts; its idle share %.0f%%.%nSame rows on more cores "
                        + "(simulated):%s",
                p.sequentialNanos() / 1e6, p.schedule().id(), p.threads(), p.threads() == 1 ? "" : "s",
                p.chosenNanos() / 1e6, reps, warmups, 100 * p.simulated().idleShare(), beyond)
                + otherLoad(p.otherLoad()));
    }

    private void showAB(ClassroomBench.AB r) {
        long wall = Math.max(r.staticFrame().wallNanos(), r.forkJoinFrame().wallNanos());
        timelineA.show(onAxis(TimelineModel.of(r.staticFrame()), wall));
        timelineB.show(onAxis(TimelineModel.of(r.forkJoinFrame()), wall));
        labelA.setText("A · " + describe(r.staticFrame(), "static bands"));
        labelB.setText("B · " + describe(r.forkJoinFrame(), "ForkJoin ×" + r.factor()));
        abNote.setText(String.format(Locale.ROOT,
                "Both on one time axis (%.1f ms). B is %.2f× the speed of A. Gaps at the end of a lane are a worker "
                        + "waiting for the slowest one.", wall / 1e6,
                (double) r.staticFrame().wallNanos() / r.forkJoinFrame().wallNanos()) + otherLoad(r.otherLoad()));
    }

    /** The points of a series as text: the chart's numbers, readable and copyable. */
    private static String values(String name, java.util.List<ClassroomBench.Point> points) {
        if (points.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("\n").append(name).append(':');
        for (ClassroomBench.Point p : points) {
            b.append(String.format(Locale.ROOT, " %s → %.2f×,", p.label(), p.speedup()));
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }

    /** The footnote every timing on a shared machine needs. */
    static String otherLoad(double share) {
        return Double.isNaN(share) ? "" : String.format(Locale.ROOT,
                "%nOther processes used %.0f%% of this machine's CPU while measuring%s.", 100 * share,
                share > 0.15 ? ": measured speedups are lower than on a quiet machine" : "");
    }

    private void showSweep(ClassroomBench.SweepResult r) {
        sweep.set(r);
        chart.show(r);
        chart.setVisible(true);
        sweepNote.setText("Solid line: measured on this machine, threads up to twice its " + cores + " cores, "
                + "each point the best of " + reps + ", timed alternately with sequential. Dashed: the simulator replaying this view's "
                + "per-row iteration counts." + values("Measured", r.measured()) + values("Simulated", r.simulated())
                + values("Simulated static bands", r.simulatedStatic()) + otherLoad(r.otherLoad()));
    }

    private static String describe(Frame f, String what) {
        return String.format(Locale.ROOT, "%s · %d threads · %d tasks · %.1f ms · load balance %.2f", what,
                f.threads(), f.trace().tasks(), f.wallNanos() / 1e6, f.loadBalance());
    }

    /** The same bars drawn against a shared wall time, so two timelines compare by eye. */
    static TimelineModel onAxis(TimelineModel m, long wallNanos) {
        return new TimelineModel(m.lanes(), Math.max(wallNanos, m.wallNanos()), m.bars(), m.loadBalance());
    }

    /** One bench per view, iteration limit and kernel: its sequential baseline is measured once. */
    private ClassroomBench bench() {
        Viewport v = model.viewport();
        RenderSettings s = model.settings();
        Object key = java.util.List.of(v, s.maxIter(), s.kernel());
        if (bench == null || !key.equals(benchKey)) {
            bench = new ClassroomBench(v, s.maxIter(), KernelProvider.forChoice(s.kernel()), warmups, reps, cores);
            benchKey = key;
        }
        return bench;
    }

    // ---- layout -------------------------------------------------------------------------------

    private GridPane predictControls() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Schedule"), schedule, new Label("Threads"), threads);
        g.addRow(1, new Label("Partition factor"), factor, new Label("Your guess"), guess);
        threads.setPrefWidth(76);
        factor.setPrefWidth(76);
        guess.setPrefWidth(76);
        guess.setTooltip(new Tooltip("Your predicted speedup over the sequential render, e.g. 1.8"));
        Button run = action("Run: predict, then measure", this::runPrediction);
        run.setDefaultButton(true);
        Label status = note("");
        status.textProperty().bind(background.statusProperty());
        HBox row = new HBox(10, run, status);
        row.setAlignment(Pos.CENTER_LEFT);
        g.add(row, 0, 2, 4, 1);
        return g;
    }

    private HBox predictResults() {
        HBox box = new HBox(10, card("your guess", guessValue), card("simulator", predictedValue),
                card("measured here", measuredValue));
        box.getStyleClass().add("prediction-cards");
        return box;
    }

    private HBox abControls() {
        Button run = action("Run A / B", this::runAB);
        return new HBox(10, run, note("uses the threads above and the partition factor (at least 2) for B"));
    }

    private HBox sweepControls() {
        Button byFactor = action("Speedup vs partition factor", this::runFactorSweep);
        Button byThreads = action("Speedup vs threads (to 88)", this::runThreadSweep);
        return new HBox(10, byFactor, byThreads);
    }

    private HBox lanesControls() {
        Button run = action("Measure lanes", this::runLanes);
        return new HBox(10, run, note("instrumented vector twin: share of SIMD lanes still working per row"));
    }

    /**
     * An action button that never takes focus: it is disabled while a measurement runs, and a
     * focused control being disabled would move focus down the tab and scroll the pane away.
     */
    private Button action(String text, Runnable onAction) {
        Button b = new Button(text);
        b.setFocusTraversable(false);
        b.setOnAction(e -> onAction.run());
        b.disableProperty().bind(background.busyProperty());
        return b;
    }

    private static VBox card(String caption, Label value) {
        Label c = new Label(caption);
        c.getStyleClass().add("card-caption");
        VBox box = new VBox(2, c, value);
        box.getStyleClass().add("card");
        box.setAlignment(Pos.CENTER);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label bigNumber() {
        Label l = new Label("–");
        l.getStyleClass().add("big-number");
        return l;
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("note");
        l.setWrapText(true);
        return l;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section");
        return l;
    }

    private static String times(double x) {
        return String.format(Locale.ROOT, "%.2f×", x);
    }

    /** Stops the background thread (a measurement in flight is abandoned). */
    public void close() {
        background.close();
    }
}
