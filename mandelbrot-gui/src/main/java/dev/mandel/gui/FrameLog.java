package dev.mandel.gui;

import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.view.TimelineModel;
import dev.mandel.render.Frame;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code --log-frames}: one line per event a start-up or interaction measurement needs, each with
 * the time since the JVM started, so the viewer's first-frame and per-frame timings can be
 * measured from outside (under Xvfb, driven by xdotool) without a stopwatch.
 */
final class FrameLog {

    private final PrintStream out;
    private final Instant jvmStart;
    private int frames;

    FrameLog(PrintStream out) {
        this.out = out;
        this.jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    }

    /** Milliseconds since the JVM started. */
    long sinceStartMillis() {
        return Duration.between(jvmStart, Instant.now()).toMillis();
    }

    void event(String what) {
        out.printf(Locale.ROOT, "viewer %6d ms: %s%n", sinceStartMillis(), what);
        out.flush();
    }

    void follow(ExplorerModel model) {
        model.frameProperty().addListener((o, old, f) -> {
            if (f != null) {
                long since = System.nanoTime() - model.lastRequestNanos();
                String deep = model.deep() == null ? "" : "; " + model.deepStatusProperty().get();
                frame(f, model.coldFrameProperty().get(), String.format(Locale.ROOT, ", done %.1f ms after its request%s",
                        since / 1e6, deep));
            }
        });
    }

    void follow(dev.mandel.gui.model.KernelWarmup warmup) {
        warmup.done().thenAccept(r -> event(String.format(Locale.ROOT, "kernel warm-up done: %d rounds in %.2f s",
                r.rounds(), r.nanos() / 1e9)));
    }

    /** The classroom's measurements, as the cards and notes show them. */
    void follow(dev.mandel.gui.classroom.ClassroomPane classroom) {
        classroom.abProperty().addListener((o, a, r) -> {
            if (r != null) {
                event(String.format(Locale.ROOT,
                        "classroom A/B on %d threads: static %.1f ms (load balance %.2f, %s), forkjoin x%d %.1f ms "
                                + "(load balance %.2f, %s): forkjoin is %.2fx static",
                        r.threads(), r.staticFrame().wallNanos() / 1e6, r.staticFrame().loadBalance(),
                        TimelineModel.of(r.staticFrame()).describeStarts(), r.factor(),
                        r.forkJoinFrame().wallNanos() / 1e6, r.forkJoinFrame().loadBalance(),
                        TimelineModel.of(r.forkJoinFrame()).describeStarts(),
                        (double) r.staticFrame().wallNanos() / r.forkJoinFrame().wallNanos()));
            }
        });
        classroom.predictionProperty().addListener((o, a, p) -> {
            if (p != null) {
                event(String.format(Locale.ROOT,
                        "classroom predict-then-measure: %s %d threads factor %d: guess %.2fx, simulator %.2fx, "
                                + "measured %.2fx (sequential %.1f ms, chosen %.1f ms, %dx%d)",
                        p.schedule().id(), p.threads(), p.factor(), p.guess(), p.predicted(), p.measured(),
                        p.sequentialNanos() / 1e6, p.chosenNanos() / 1e6, p.chosenFrame().width(),
                        p.chosenFrame().rows()));
            }
        });
    }

    private void frame(Frame f, boolean cold, String more) {
        frames++;
        TimelineModel t = TimelineModel.of(f);
        event(String.format(Locale.ROOT,
                "frame %d %dx%d %s %s %d threads %d tasks %.1f ms %.2f G iterations/s load balance %.2f, %s%s%s",
                frames, f.width(), f.rows(), f.kernel(), f.request().schedule().id(), f.threads(), f.trace().tasks(),
                f.wallNanos() / 1e6, f.iterationsPerSecond() / 1e9, f.loadBalance(), t.describeStarts(),
                cold ? " (cold: warm-up still running)" : "", more));
    }
}
