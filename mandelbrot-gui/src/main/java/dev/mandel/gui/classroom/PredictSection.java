package dev.mandel.gui.classroom;

import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.schedule.Schedule;
import dev.mandel.simulate.SimResult;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import dev.mandel.gui.view.IntInput;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Locale;

import static dev.mandel.gui.classroom.ClassroomUi.action;
import static dev.mandel.gui.classroom.ClassroomUi.bigNumber;
import static dev.mandel.gui.classroom.ClassroomUi.card;
import static dev.mandel.gui.classroom.ClassroomUi.note;
import static dev.mandel.gui.classroom.ClassroomUi.otherLoad;
import static dev.mandel.gui.classroom.ClassroomUi.section;
import static dev.mandel.gui.classroom.ClassroomUi.times;

/**
 * Predict, then measure: the student picks a schedule, threads and partition factor and guesses the
 * speedup; the simulator's prediction and the measured speedup appear beside the guess. Its
 * threads and factor are also the settings the other sections use.
 */
final class PredictSection {

    private static final int[] BEYOND = {8, 32, 88};

    private final ClassroomLab lab;

    private final ChoiceBox<Schedule> schedule = new ChoiceBox<>();
    private final IntInput threads;
    private final IntInput factor = new IntInput("partition factor", 1, 4096, 8, 1);
    private final TextField guess = new TextField();
    private final Label guessProblem = note("");
    private final Label guessValue = bigNumber();
    private final Label predictedValue = bigNumber();
    private final Label measuredValue = bigNumber();
    private final Label predictNote = note("Enter your predicted speedup over sequential, then press Run.");

    private final ReadOnlyObjectWrapper<ClassroomBench.Prediction> prediction;

    PredictSection(ClassroomLab lab, Object owner) {
        this.lab = lab;
        this.prediction = new ReadOnlyObjectWrapper<>(owner, "prediction");
        RenderSettings s = lab.model.settings();
        threads = new IntInput("threads", 1, RenderSettings.maxThreads(), s.threads(), 1);
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
        factor.setValue(Math.min(4096, Math.max(1, s.partitionFactor())));
        guess.setPromptText("e.g. 1.8");
        guessProblem.getStyleClass().add("input-problem");
        guessProblem.managedProperty().bind(guessProblem.visibleProperty());
        guessProblem.setVisible(false);
        guess.textProperty().addListener((o, was, text) -> {
            String why = text.isBlank() ? "" : guessProblem(text);
            guessProblem.setText(why);
            guessProblem.setVisible(!why.isEmpty());
            if (why.isEmpty()) {
                guess.getStyleClass().remove("invalid");
            } else if (!guess.getStyleClass().contains("invalid")) {
                guess.getStyleClass().add("invalid");
            }
        });
        guess.setPrefColumnCount(6);
    }

    /** The section's nodes, in order, for the classroom's column. */
    List<Node> nodes() {
        return List.of(section("PREDICT, THEN MEASURE"), controls(), results(), predictNote);
    }

    ReadOnlyObjectProperty<ClassroomBench.Prediction> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    int threads() {
        return threads.value();
    }

    int factor() {
        return factor.value();
    }

    /** Why a typed guess is not a speedup, or empty when it is one. */
    static String guessProblem(String text) {
        try {
            double g = Double.parseDouble(text.trim());
            if (g > 0 && g <= 1e6) {
                return "";
            }
        } catch (NumberFormatException e) {
            // the message below says what is allowed
        }
        return "Your prediction must be a positive number such as 1.8, got '" + text.trim() + "'.";
    }

    /** Sets the controls (what a student would click). */
    void choose(Schedule s, int t, int f, String predicted) {
        schedule.setValue(s);
        threads.setValue(t);
        factor.setValue(f);
        guess.setText(predicted);
    }

    /** Predict, then measure: the student's guess, the simulator's speedup and the measured one. */
    void run() {
        String problem = guessProblem(guess.getText());
        if (!problem.isEmpty()) {
            predictNote.setText(problem);
            return;
        }
        double g = Double.parseDouble(guess.getText().trim());
        Schedule s = schedule.getValue();
        int t = threads.value();
        int f = factor.value();
        double guessed = g;
        ClassroomBench b = lab.bench();
        ExplorerModel model = lab.model;
        guessValue.setText(times(guessed));
        predictedValue.setText("…");
        measuredValue.setText("…");
        lab.background.run("measuring sequential and " + s.id() + " on " + t + " threads",
                () -> b.predictAndMeasure(s, t, f, guessed), p -> {
                    prediction.set(p);
                    show(p, b);
                    // The picture, histogram and timeline now show the chosen setting too.
                    model.setSchedule(s);
                    model.setThreads(t);
                    model.setPartitionFactor(f);
                    model.refresh(); // warm now: the status line and timeline show a fair frame too
                });
    }

    private void show(ClassroomBench.Prediction p, ClassroomBench b) {
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
                "Measured: %s.%nsequential %.1f ms · %s on %d thread%s %.1f ms (best of %d, timed alternately after the JIT settled, "
                        + "workers woken before each frame) · the simulator replays "
                        + "the same view's per-row iteration counts; its idle share %.0f%%.%s%nSame rows on more cores "
                        + "(simulated):%s",
                lab.description(), p.sequentialNanos() / 1e6, p.schedule().id(), p.threads(), p.threads() == 1 ? "" : "s",
                p.chosenNanos() / 1e6, lab.reps, 100 * p.simulated().idleShare(),
                ClassroomUi.shortFrameWarning(p.sequentialNanos()), beyond)
                + otherLoad(p.otherLoad()));
    }

    private GridPane controls() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Schedule"), schedule, new Label("Threads"), threads);
        g.addRow(1, new Label("Partition factor"), factor, new Label("Your guess"), new javafx.scene.layout.VBox(2, guess, guessProblem));
        threads.setPrefWidth(90);
        factor.setPrefWidth(90);
        guess.setPrefWidth(90);
        guessProblem.setMaxWidth(160);
        for (Node n : g.getChildren()) {
            GridPane.setValignment(n, javafx.geometry.VPos.TOP);
        }
        guess.setTooltip(new Tooltip("Your predicted speedup over the sequential render, e.g. 1.8"));
        Button run = action("Run: predict, then measure", this::run, lab.background);
        run.setDefaultButton(true);
        Label status = note("");
        status.textProperty().bind(lab.background.statusProperty());
        HBox row = new HBox(10, run, status);
        row.setAlignment(Pos.CENTER_LEFT);
        g.add(row, 0, 2, 4, 1);
        return g;
    }

    private HBox results() {
        HBox box = new HBox(10, card("your guess", guessValue), card("simulator", predictedValue),
                card("measured here", measuredValue));
        box.getStyleClass().add("prediction-cards");
        return box;
    }
}
