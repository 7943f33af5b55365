package dev.mandel.gui.classroom;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

import static dev.mandel.gui.classroom.ClassroomUi.action;
import static dev.mandel.gui.classroom.ClassroomUi.note;
import static dev.mandel.gui.classroom.ClassroomUi.otherLoad;
import static dev.mandel.gui.classroom.ClassroomUi.section;

/** Speedup sweeps over partition factors or threads: measured here, simulated beyond this machine. */
final class SweepSection {

    private final ClassroomLab lab;
    private final IntSupplier threads;
    private final IntSupplier factor;

    private final SpeedupChart chart = new SpeedupChart();
    private final Label sweepNote = note("Measured points stop at twice this machine's " + Runtime.getRuntime()
            .availableProcessors() + " cores; the simulator replays this view's per-row iteration counts beyond.");

    private final ReadOnlyObjectWrapper<ClassroomBench.SweepResult> sweep;

    /** {@code threads} and {@code factor} read the predict section's controls. */
    SweepSection(ClassroomLab lab, IntSupplier threads, IntSupplier factor, Object owner) {
        this.lab = lab;
        this.threads = threads;
        this.factor = factor;
        this.sweep = new ReadOnlyObjectWrapper<>(owner, "sweep");
        chart.managedProperty().bind(chart.visibleProperty());
        chart.setVisible(false); // an empty chart says nothing; it appears with the first sweep
    }

    /** The section's nodes, in order, for the classroom's column. */
    List<Node> nodes() {
        return List.of(section("SWEEPS"), controls(), chart, sweepNote);
    }

    ReadOnlyObjectProperty<ClassroomBench.SweepResult> sweepProperty() {
        return sweep.getReadOnlyProperty();
    }

    SpeedupChart chart() {
        return chart;
    }

    void runFactorSweep() {
        int t = threads.getAsInt();
        ClassroomBench b = lab.bench();
        lab.background.run("sweeping partition factors on " + t + " threads", () -> b.factorSweep(t), this::show);
    }

    void runThreadSweep() {
        int f = factor.getAsInt();
        ClassroomBench b = lab.bench();
        lab.background.run("sweeping thread counts 1.." + b.maxMeasuredThreads() + " (simulating beyond)",
                () -> b.threadSweep(f), this::show);
    }

    private void show(ClassroomBench.SweepResult r) {
        sweep.set(r);
        chart.show(r);
        chart.setVisible(true);
        sweepNote.setText("Measured: " + lab.description() + ".\nSolid line: measured on this machine, threads up to twice its " + lab.cores + " cores, "
                + "each point the best of " + lab.reps + ", timed alternately with sequential. Dashed: the simulator replaying this view's "
                + "per-row iteration counts." + values("Measured", r.measured()) + values("Simulated", r.simulated())
                + values("Simulated static bands", r.simulatedStatic()) + otherLoad(r.otherLoad()));
    }

    /** The points of a series as text: the chart's numbers, readable and copyable. */
    private static String values(String name, List<ClassroomBench.Point> points) {
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

    private HBox controls() {
        return new HBox(10, action("Speedup vs partition factor", this::runFactorSweep, lab.background),
                action("Speedup vs threads (to 88)", this::runThreadSweep, lab.background));
    }
}
