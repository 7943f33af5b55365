package dev.mandel.gui.view;

import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderJob;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Carries a running job onto the screen, once per pulse: rows that finished since the last pulse
 * are coloured into the picture (palette or cost map), added to the histogram and tinted in the
 * ownership overlay by the worker that ran them. When the frame completes, the overlay is redrawn
 * from the task trace and the timeline takes it.
 *
 * <p>Nothing here waits for the workers or computes escape counts; a pulse reads one progress
 * counter per task and touches only finished rows.
 */
public final class RenderPump {

    private final ExplorerModel model;
    private final FramePainter painter;
    private final RowHistogramPanel histogram;
    private final OwnershipOverlay overlay;
    private final TimelinePanel timeline;
    private final RowTracker tracker = new RowTracker();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    /** Colour cycling: moves the colours on one escape count every {@link #CYCLE_NANOS}. */
    private final AnimationTimer cycler = new AnimationTimer() {
        private long last;

        @Override
        public void handle(long now) {
            if (now - last >= CYCLE_NANOS) {
                last = now;
                painter.setCycle(painter.cycle() + 1);
            }
        }
    };
    private static final long CYCLE_NANOS = 40_000_000L;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse();
        }
    };

    public RenderPump(ExplorerModel model, FramePainter painter, RowHistogramPanel histogram,
                      OwnershipOverlay overlay, TimelinePanel timeline) {
        this.model = model;
        this.painter = painter;
        this.histogram = histogram;
        this.overlay = overlay;
        this.timeline = timeline;
        model.frameProperty().addListener((o, old, frame) -> {
            if (frame != null) {
                completed(frame);
            }
        });
        model.gradientProperty().addListener((o, before, after) -> painter.recolour(after));
        model.costMapProperty().addListener((o, was, on) -> painter.setCostMap(on));
        model.colourCycleProperty().addListener((o, was, on) -> {
            if (on) {
                cycler.start();
            } else {
                cycler.stop();
                painter.setCycle(0);
            }
        });
        model.refinedProperty().addListener((o, was, r) -> {
            if (r != null && !model.renderingProperty().get()) {
                painter.showRefined(r.view(), r.argb());
            }
        });
        painter.setCostMap(model.costMapProperty().get());
        // Pulse only while something renders: an idle viewer costs no CPU on a shared machine.
        model.renderingProperty().addListener((o, was, now) -> {
            if (now) {
                timeline.markStale(true);
                timer.start();
            } else {
                pulse();
                timer.stop();
                timeline.markStale(false); // a cancelled render leaves the last complete frame current
            }
        });
        histogram.logScaleProperty().bind(model.logHistogramProperty());
        histogram.byWorkerProperty().bind(model.ownershipOverlayProperty());
    }

    /** Starts pulsing (it also starts and stops by itself with the model's rendering state). */
    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
        cycler.stop();
    }

    /** Share of the current job's rows already shown, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One step: adopts a new job if one started, then shows the rows finished since last time. */
    public void pulse() {
        RenderJob job = model.jobProperty().get();
        if (job != tracker.job() && job != null) {
            adopt(job);
        }
        RenderJob current = tracker.job();
        if (current == null) {
            return;
        }
        long[] totals = current.liveRowTotals();
        int base = current.request().firstRow();
        var trace = current.liveTrace();
        var partition = current.progress().partition();
        int added = tracker.poll((first, end) -> {
            painter.paintRows(first, end);
            // The task's worker was written before its rows were reported done: safe to read now.
            overlay.tintRows(first - base, end - base, trace.worker(partition.taskOf(first)));
            for (int r = first; r < end; r++) {
                histogram.model().set(r - base, totals[r - base]);
            }
        });
        if (added > 0) {
            histogram.redraw();
            progress.set(tracker.fraction());
        }
    }

    private void adopt(RenderJob job) {
        tracker.track(job);
        painter.begin(job, model.gradient(), model.deep() != null);
        histogram.model().reset(job.request().rows());
        histogram.redraw();
        overlay.begin(job.request().rows(), job.request().view().width());
        progress.set(0);
    }

    private void completed(Frame frame) {
        pulse(); // the last rows finished after the previous pulse
        overlay.show(frame.trace(), frame.request().firstRow(), frame.rows(), frame.width());
        int[] owners = overlay.rowWorkers();
        for (int r = 0; r < owners.length; r++) {
            histogram.model().setWorker(r, owners[r]);
        }
        histogram.redraw();
        timeline.show(TimelineModel.of(frame));
        progress.set(1);
    }
}
