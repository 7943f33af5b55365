package dev.mandel.gui.model;

import dev.mandel.color.Palette;
import dev.mandel.encode.Ffmpeg;
import dev.mandel.encode.VideoOutput;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.Renderer;
import dev.mandel.video.CancelSignal;
import dev.mandel.video.DoubleViewRenderer;
import dev.mandel.video.IterationLimit;
import dev.mandel.video.KeyframeCache;
import dev.mandel.video.DeepViewRenderer;
import dev.mandel.video.EngineViewRenderer;
import dev.mandel.video.ZoomMethod;
import dev.mandel.video.ZoomPlan;
import dev.mandel.video.ZoomRecorder;
import dev.mandel.deep.DeepView;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

/**
 * "Record zoom to here": a zoom video from the whole set into the current view (at any depth:
 * doubles, then perturbation past double precision), made on a background thread with its own render threads, with progress, a status line and Cancel.
 *
 * <p>The video ends on the view as shown (its centre, width and iteration limit), made the same
 * way as {@code mandelbrot zoom --method keyframes}: keyframes kept beside the video until it is
 * complete, an MP4 through ffmpeg or PNG frames without it. Properties change on the UI executor.
 */
public final class ZoomRecording {

    /** What to record; {@link #parse} checks what a user typed. */
    public record Request(DeepView target, int maxIter, Palette palette, boolean smooth, double seconds, int fps,
                          int width, int height, Path output) {
    }

    private static final BigDecimal WHOLE_SET = BigDecimal.valueOf(4);

    private final Executor ui;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private volatile CancelSignal cancel;
    private volatile Path result;

    public ZoomRecording(Executor ui) {
        this.ui = ui;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The video (or frame folder) of the last completed recording, else {@code null}. */
    public Path result() {
        return result;
    }

    /**
     * The request for the view {@code target} shown with {@code settings}, from the dialog's text:
     * throws {@link IllegalArgumentException} with one line naming the field otherwise.
     */
    public static Request parse(DeepView target, RenderSettings settings, String seconds, String fps, String size,
                                Path output) {
        double s;
        int f;
        try {
            s = Double.parseDouble(seconds.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seconds '" + seconds + "' is not a number");
        }
        try {
            f = Integer.parseInt(fps.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fps '" + fps + "' is not a whole number");
        }
        ZoomPlan.frameCount(s, f);
        String[] wh = size.trim().toLowerCase(Locale.ROOT).split("x", -1);
        int w;
        int h;
        try {
            w = Integer.parseInt(wh[0].trim());
            h = Integer.parseInt(wh.length == 2 ? wh[1].trim() : "");
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("size '" + size + "' must look like WIDTHxHEIGHT, e.g. 1280x720");
        }
        if (w < 2 || h < 2 || w > 7680 || h > 4320 || w % 2 != 0 || h % 2 != 0) {
            throw new IllegalArgumentException("size '" + size + "' must have even edges from 2x2 to 7680x4320");
        }
        if (target.span().compareTo(WHOLE_SET) >= 0) {
            throw new IllegalArgumentException("zoom in first: the view is as wide as the whole set");
        }
        if (output == null || !output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mp4")) {
            throw new IllegalArgumentException("the video's file name must end in .mp4");
        }
        return new Request(target, settings.maxIter(), settings.palette(), settings.smooth(), s, f, w, h, output);
    }

    /** Starts recording in the background; refused while one is running. */
    public void start(Request request) {
        if (running.get()) {
            throw new IllegalStateException("a zoom is already being recorded");
        }
        CancelSignal signal = new CancelSignal();
        cancel = signal;
        result = null;
        running.set(true);
        progress.set(0);
        status.set("recording zoom…");
        Thread.ofPlatform().daemon().name("zoom-recording").start(() -> record(request, signal));
    }

    /** Stops the recording after its current row; finished keyframes stay for the next try. */
    public void cancel() {
        CancelSignal signal = cancel;
        if (signal != null) {
            signal.cancel();
        }
    }

    private void record(Request r, CancelSignal signal) {
        DeepView v = r.target();
        ZoomPlan plan = new ZoomPlan(v.centreRe().toString(), v.centreIm().toString(), WHOLE_SET, v.span(),
                ZoomPlan.frameCount(r.seconds(), r.fps()), r.width(), r.height(), IterationLimit.of(r.maxIter()));
        Path cacheDir = r.output().resolveSibling(r.output().getFileName() + ".keyframes");
        long start = System.nanoTime();
        try (Renderer renderer = new Renderer(KernelProvider.best(), Runtime.getRuntime().availableProcessors())) {
            EngineViewRenderer views = new EngineViewRenderer(new DoubleViewRenderer(renderer, r.palette(), r.smooth()),
                    new DeepViewRenderer(renderer, r.palette(), r.smooth()));
            if (!views.resolves(plan.target())) {
                throw new IllegalArgumentException("the view is outside what the engine draws");
            }
            // A deep target's reference orbit serves every deep picture of the zoom.
            views.prepareFor(plan.target(), signal);
            KeyframeCache cache = KeyframeCache.open(cacheDir, "viewer zoom v1\n" + plan + "\n" + r.palette().id()
                    + " smooth=" + r.smooth() + "\n", r.width(), r.height());
            VideoOutput video = VideoOutput.open(r.output(), r.width(), r.height(), r.fps(), Ffmpeg.DEFAULT_CRF);
            ZoomRecorder recorder = new ZoomRecorder(plan, ZoomMethod.KEYFRAMES, views, cache,
                    (done, total) -> ui.execute(() -> {
                        progress.set((double) done / total);
                        double elapsed = (System.nanoTime() - start) / 1e9;
                        status.set(String.format(Locale.ROOT, "recording zoom: %d/%d frames, ~%.0f s left", done, total,
                                elapsed * (total - done) / done));
                    }));
            recorder.record(video.sink(), signal);
            cache.delete();
            result = video.result();
            boolean opened = video.encodes() && SystemPlayer.open(video.result());
            finish(opened ? "zoom video opened in the system's player: " + video.result() : video.describe());
        } catch (CancellationException e) {
            finish("zoom recording cancelled; finished keyframes kept in " + cacheDir);
        } catch (IOException | RuntimeException e) {
            finish("zoom recording failed: " + e.getMessage());
        }
    }

    private void finish(String text) {
        ui.execute(() -> {
            // The status first: whoever watches "running" reads the final status when it turns false.
            status.set(text);
            running.set(false);
        });
    }
}
