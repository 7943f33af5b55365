package dev.mandel.gui.classroom;

import dev.mandel.gui.view.TimelineModel;
import dev.mandel.gui.view.TimelinePanel;
import dev.mandel.render.Frame;
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

/**
 * A / B: the same view on the same threads under static bands and over-partitioned ForkJoin, the
 * two timelines stacked on one time axis.
 */
final class ABSection {

    private final ClassroomLab lab;
    private final IntSupplier threads;
    private final IntSupplier factor;

    private final TimelinePanel timelineA = new TimelinePanel();
    private final TimelinePanel timelineB = new TimelinePanel();
    private final Label labelA = note("A · static bands");
    private final Label labelB = note("B · over-partitioned ForkJoin");
    private final Label abNote = note("Same view, same threads: static bands against many small stolen tasks.");

    private final ReadOnlyObjectWrapper<ClassroomBench.AB> ab;

    /** {@code threads} and {@code factor} read the predict section's controls. */
    ABSection(ClassroomLab lab, IntSupplier threads, IntSupplier factor, Object owner) {
        this.lab = lab;
        this.threads = threads;
        this.factor = factor;
        this.ab = new ReadOnlyObjectWrapper<>(owner, "ab");
        timelineA.setPrefHeight(110);
        timelineB.setPrefHeight(110);
        timelineA.setMinHeight(90);
        timelineB.setMinHeight(90);
    }

    /** The section's nodes, in order, for the classroom's column. */
    List<Node> nodes() {
        return List.of(section("A / B: STATIC BANDS vs OVER-PARTITIONED"), controls(), labelA, timelineA, labelB,
                timelineB, abNote);
    }

    ReadOnlyObjectProperty<ClassroomBench.AB> abProperty() {
        return ab.getReadOnlyProperty();
    }

    TimelinePanel timelineA() {
        return timelineA;
    }

    TimelinePanel timelineB() {
        return timelineB;
    }

    /** Renders the view under static bands and over-partitioned ForkJoin on the chosen threads. */
    void run() {
        int t = threads.getAsInt();
        int f = Math.max(2, factor.getAsInt());
        ClassroomBench b = lab.bench();
        lab.background.run("timing static bands and ForkJoin ×" + f + " on " + t + " threads", () -> b.compare(t, f), r -> {
            ab.set(r);
            show(r);
        });
    }

    private void show(ClassroomBench.AB r) {
        long wall = Math.max(r.staticFrame().wallNanos(), r.forkJoinFrame().wallNanos());
        timelineA.show(onAxis(TimelineModel.of(r.staticFrame()), wall));
        timelineB.show(onAxis(TimelineModel.of(r.forkJoinFrame()), wall));
        labelA.setText("A · " + describe(r.staticFrame(), "static bands"));
        labelB.setText("B · " + describe(r.forkJoinFrame(), "ForkJoin ×" + r.factor()));
        abNote.setText(String.format(Locale.ROOT,
                "Measured: %s. Both on one time axis (%.1f ms). B is %.2f× the speed of A. Gaps at the end of a lane are a worker "
                        + "waiting for the slowest one.", lab.description(), wall / 1e6,
                (double) r.staticFrame().wallNanos() / r.forkJoinFrame().wallNanos()) + otherLoad(r.otherLoad()));
    }

    private static String describe(Frame f, String what) {
        return String.format(Locale.ROOT, "%s · %d threads · %d tasks · %.1f ms · load balance %.2f · %s", what,
                f.threads(), f.trace().tasks(), f.wallNanos() / 1e6, f.loadBalance(),
                TimelineModel.of(f).describeStarts());
    }

    /** The same bars drawn against a shared wall time, so two timelines compare by eye. */
    static TimelineModel onAxis(TimelineModel m, long wallNanos) {
        return new TimelineModel(m.lanes(), Math.max(wallNanos, m.wallNanos()), m.bars(), m.loadBalance());
    }

    private HBox controls() {
        return new HBox(10, action("Run A / B", this::run, lab.background),
                note("uses the threads above and the partition factor (at least 2) for B"));
    }
}
