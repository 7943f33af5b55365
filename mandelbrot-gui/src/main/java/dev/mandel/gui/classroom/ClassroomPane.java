package dev.mandel.gui.classroom;

import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.view.TimelineModel;
import dev.mandel.gui.view.TimelinePanel;
import dev.mandel.gui.view.ViewerWindow;
import dev.mandel.kernel.LaneOccupancy;
import dev.mandel.schedule.Schedule;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;

import java.util.Objects;
import java.util.concurrent.Executor;

import static dev.mandel.gui.classroom.ClassroomUi.section;

/**
 * The "Classroom" tab: predict, then measure; static bands against over-partitioning with their
 * timelines stacked on one time axis; speedup sweeps (measured here, simulated beyond this machine);
 * the cost map; SIMD lane occupancy; sessions. It drives the explorer's {@link ExplorerModel} (the
 * picture shows the chosen setting after a run) and measures the model's current view; all timing
 * and simulating runs on one background thread ({@link Background}), never on the FX thread.
 *
 * <p>Each section is its own class ({@link PredictSection}, {@link ABSection}, {@link SweepSection},
 * {@link LanesSection}, {@link SessionPanel}); this pane stacks them and shares one
 * {@link ClassroomLab} (model, background thread, warm-ups and repetitions, bench) between them.
 */
public final class ClassroomPane extends VBox {

    /** Tab width while the classroom is shown: charts and timelines need room. */
    static final double WIDE = 600;

    private final Background background;
    private final PredictSection predict;
    private final ABSection ab;
    private final SweepSection sweep;
    private final LanesSection lanes;
    private final SessionPanel sessions;

    /** A classroom on {@code model}; {@code ui} runs results on the FX thread ({@code Platform::runLater}). */
    public ClassroomPane(ExplorerModel model, Executor ui) {
        this(model, ui, 2, 5, MeasuredView.DEFAULT_MIN_PIXELS);
    }

    /**
     * As above with {@code warmups} untimed and {@code reps} timed renders per setting and frames
     * of at least {@code minPixels} (see {@link MeasuredView}; tests use fewer and smaller).
     */
    public ClassroomPane(ExplorerModel model, Executor ui, int warmups, int reps, long minPixels) {
        this.background = new Background(ui);
        ClassroomLab lab = new ClassroomLab(model, background, warmups, reps, minPixels);
        getStyleClass().addAll("controls-pane", "classroom-pane");
        setSpacing(8);
        setPadding(new Insets(10, 12, 12, 12));

        // A / B and the sweeps use the threads and partition factor chosen in the predict panel.
        predict = new PredictSection(lab, this);
        ab = new ABSection(lab, predict::threads, predict::factor, this);
        sweep = new SweepSection(lab, predict::threads, predict::factor, this);
        lanes = new LanesSection(lab, this);
        sessions = new SessionPanel(model);

        getChildren().addAll(predict.nodes());
        getChildren().add(new Separator());
        getChildren().addAll(ab.nodes());
        getChildren().add(new Separator());
        getChildren().addAll(sweep.nodes());
        getChildren().add(new Separator());
        getChildren().addAll(lanes.nodes());
        getChildren().add(new Separator());
        getChildren().addAll(section("SESSIONS"), sessions);
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
        return predict.predictionProperty();
    }

    public ReadOnlyObjectProperty<ClassroomBench.AB> abProperty() {
        return ab.abProperty();
    }

    public ReadOnlyObjectProperty<ClassroomBench.SweepResult> sweepProperty() {
        return sweep.sweepProperty();
    }

    public ReadOnlyObjectProperty<LaneOccupancy> lanesProperty() {
        return lanes.lanesProperty();
    }

    public boolean busy() {
        return background.busyProperty().get();
    }

    public TimelinePanel timelineA() {
        return ab.timelineA();
    }

    public TimelinePanel timelineB() {
        return ab.timelineB();
    }

    public SpeedupChart chart() {
        return sweep.chart();
    }

    SessionPanel sessions() {
        return sessions;
    }

    /** Sets the controls of the predict panel (what a student would click). */
    public void choose(Schedule s, int t, int f, String predicted) {
        predict.choose(s, t, f, predicted);
    }

    // ---- actions ------------------------------------------------------------------------------

    /** Predict, then measure: the student's guess, the simulator's speedup and the measured one. */
    public void runPrediction() {
        predict.run();
    }

    /** Renders the view under static bands and over-partitioned ForkJoin on the chosen threads. */
    public void runAB() {
        ab.run();
    }

    public void runFactorSweep() {
        sweep.runFactorSweep();
    }

    public void runThreadSweep() {
        sweep.runThreadSweep();
    }

    /** Runs the instrumented vector twin (never the fast path) over the current view. */
    public void runLanes() {
        lanes.run();
    }

    // ---- shared helpers -----------------------------------------------------------------------

    /** The footnote every timing on a shared machine needs (see {@link ClassroomUi#otherLoad}). */
    static String otherLoad(double share) {
        return ClassroomUi.otherLoad(share);
    }

    /** The same bars drawn against a shared wall time (see {@link ABSection#onAxis}). */
    static TimelineModel onAxis(TimelineModel m, long wallNanos) {
        return ABSection.onAxis(m, wallNanos);
    }

    /** Stops the background thread (a measurement in flight is abandoned). */
    public void close() {
        background.close();
    }
}
