package dev.mandel.gui.model;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.color.Palette;
import dev.mandel.deep.DeepNavigation;
import dev.mandel.deep.DeepSetup;
import dev.mandel.deep.DeepView;
import dev.mandel.kernel.Precision;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderJob;
import dev.mandel.render.RenderRequest;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Preset;
import dev.mandel.view.ViewMath;
import dev.mandel.view.Viewport;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * The viewer's state and everything a user can do to it, without any widget.
 *
 * <p>Views bind to the read-only properties and call the verbs ({@link #zoomAt}, {@link #pan},
 * {@link #zoomToBox}, {@link #back}, {@link #forward}, {@link #reset}, {@link #setSchedule}, ...).
 * Every verb that changes what is shown asks the {@link RenderCoordinator} for a render; the
 * coordinator keeps the work coalesced and off this thread. All methods run on the FX thread.
 */
public final class ExplorerModel implements AutoCloseable {

    /** Zoom step of one wheel notch and of the +/- keys. */
    public static final double ZOOM_STEP = 1.25;

    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport");
    private final ReadOnlyObjectWrapper<RenderSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyObjectWrapper<RenderJob> job = new ReadOnlyObjectWrapper<>(this, "job");
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(this, "rendering");
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper(this, "canBack");
    private final ReadOnlyBooleanWrapper canForward = new ReadOnlyBooleanWrapper(this, "canForward");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty ownershipOverlay = new SimpleBooleanProperty(this, "ownershipOverlay");
    private final BooleanProperty logHistogram = new SimpleBooleanProperty(this, "logHistogram");
    private final BooleanProperty costMap = new SimpleBooleanProperty(this, "costMap");
    private final BooleanProperty colourCycle = new SimpleBooleanProperty(this, "colourCycle");
    private final ReadOnlyBooleanWrapper warmingUp = new ReadOnlyBooleanWrapper(this, "warmingUp");
    private final ReadOnlyBooleanWrapper coldFrame = new ReadOnlyBooleanWrapper(this, "coldFrame");
    private final ReadOnlyObjectWrapper<Preset> preset = new ReadOnlyObjectWrapper<>(this, "preset");
    private final javafx.beans.property.IntegerProperty antiAlias =
            new javafx.beans.property.SimpleIntegerProperty(this, "antiAlias", 1);
    private final ReadOnlyObjectWrapper<Refined> refined = new ReadOnlyObjectWrapper<>(this, "refined");
    /** The palette refinements colour with; read on a render worker. */
    private volatile dev.mandel.color.Palette refinePalette;

    /** The exact location while the view is deeper than double resolves (docs/deep-zoom.md); else null. */
    private final ReadOnlyObjectWrapper<DeepView> deep = new ReadOnlyObjectWrapper<>(this, "deep");
    /** What the last deep frame ran on, for the status line: depth, number type, orbit. */
    private final ReadOnlyStringWrapper deepStatus = new ReadOnlyStringWrapper(this, "deepStatus", "");

    private final RenderCoordinator coordinator;
    private final DeepFramePreparer deepFrames;
    private final ViewHistory history;
    private final Executor ui;
    private boolean dragging;
    /** Whether the job in flight started before the kernel warm-up ended. */
    private boolean jobCold;

    /**
     * A model showing {@code initial} with {@code initialSettings}; {@code ui} runs completions on
     * the FX thread ({@code Platform::runLater} in the application). Nothing renders until the
     * first verb, usually {@link #resize} from the window's first layout.
     */
    public ExplorerModel(Viewport initial, RenderSettings initialSettings, Executor ui) {
        this.ui = ui;
        viewport.set(initial);
        settings.set(initialSettings);
        history = new ViewHistory(initial);
        coordinator = new RenderCoordinator(ui, new RenderCoordinator.Listener() {
            @Override
            public void started(RenderJob j) {
                jobCold = warmingUp.get();
                job.set(j);
                rendering.set(true);
            }

            @Override
            public void finished(RenderJob j, Frame f) {
                rendering.set(coordinator.busy()); // first: listeners of frame see a settled state
                coldFrame.set(jobCold);
                frame.set(f);
                if (jobCold && !warmingUp.get() && !coordinator.busy()) {
                    requestRender(); // the warm-up ended during this frame: show one at full speed
                }
            }

            @Override
            public void abandoned(RenderJob j) {
                rendering.set(coordinator.busy());
            }

            @Override
            public void failed(RenderRequest request, RuntimeException error) {
                message.set(error.getMessage());
                rendering.set(coordinator.busy());
            }

            @Override
            public void refined(RenderRequest request, int[] argb, int factor) {
                refined.set(new Refined(request.view(), argb, factor));
            }
        });
        refinePalette = initialSettings.palette();
        settings.addListener((o, a, b) -> refinePalette = b.palette());
        antiAlias.addListener((o, was, now) -> {
            int n = now.intValue();
            try {
                coordinator.setAntiAlias(n, this::refine);
            } catch (IllegalArgumentException e) {
                message.set(e.getMessage());
                antiAlias.set(was.intValue());
                return;
            }
            if (n > 1) {
                requestRender(); // sharp first, then the refinement
            }
        });
        deepFrames = new DeepFramePreparer(ui);
        updateHistoryFlags();
    }

    // ---- read-only state -------------------------------------------------------------------

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public Viewport viewport() {
        return viewport.get();
    }

    /**
     * The exact location while deep (beyond double precision), else null. While deep,
     * {@link #viewport()} is only the pixel grid (in units of the span around the centre).
     */
    public ReadOnlyObjectProperty<DeepView> deepProperty() {
        return deep.getReadOnlyProperty();
    }

    public DeepView deep() {
        return deep.get();
    }

    /** Depth, number type and orbit of the deep frame shown; empty at the surface. */
    public ReadOnlyStringProperty deepStatusProperty() {
        return deepStatus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RenderSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public RenderSettings settings() {
        return settings.get();
    }

    /** The job rendering now, or the last one started (its rows are what the image shows). */
    public ReadOnlyObjectProperty<RenderJob> jobProperty() {
        return job.getReadOnlyProperty();
    }

    /** The last complete frame; never a cancelled one. */
    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public Frame frame() {
        return frame.get();
    }

    public ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canForwardProperty() {
        return canForward.getReadOnlyProperty();
    }

    /** The last error or notice for the status line; empty when there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Display toggle: tint rows by the worker that computed them. */
    public BooleanProperty ownershipOverlayProperty() {
        return ownershipOverlay;
    }

    /** Display toggle: per-row histogram on a log scale. */
    public BooleanProperty logHistogramProperty() {
        return logHistogram;
    }

    /** Display toggle: the palette's bands flow through the picture (colour cycling); no render. */
    public BooleanProperty colourCycleProperty() {
        return colourCycle;
    }

    /** Display toggle: pixel brightness by iteration count (core {@code CostMap}) instead of the palette. */
    public BooleanProperty costMapProperty() {
        return costMap;
    }

    /**
     * The preset whose whole region is on screen (refitted when the window is resized), or null
     * once the user has moved away from it: the classroom measures a preset at its own framing.
     */
    public ReadOnlyObjectProperty<Preset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** An anti-aliased picture of {@code view}: {@code factor x factor} samples averaged per pixel. */
    public record Refined(Viewport view, int[] argb, int factor) {
    }

    /**
     * Anti-aliasing, 1 (off) to {@link dev.mandel.color.Supersampler#MAX_FACTOR}: each frame is
     * shown sharp as soon as it is done, then replaced by the average of {@code n x n} samples per
     * pixel rendered in the background (see {@link #refinedProperty()}).
     */
    public javafx.beans.property.IntegerProperty antiAliasProperty() {
        return antiAlias;
    }

    /** The last anti-aliased picture; belongs to the view on screen only when its view is {@link #viewport()}. */
    public ReadOnlyObjectProperty<Refined> refinedProperty() {
        return refined.getReadOnlyProperty();
    }

    /** Colours a finer frame with the palette in force and averages it down (on a render worker). */
    private int[] refine(Frame fine, int factor) {
        int[] colours = new int[fine.counts().length];
        new dev.mandel.color.Colorizer(refinePalette, fine.maxIter()).colour(fine.counts(), fine.escapeMag2(), colours, 0,
                colours.length);
        return dev.mandel.color.Supersampler.downsample(colours, fine.width() / factor, fine.rows() / factor, factor);
    }

    /** True while the kernel warm-up runs: frames started now run (partly) uncompiled code. */
    public ReadOnlyBooleanProperty warmingUpProperty() {
        return warmingUp.getReadOnlyProperty();
    }

    /**
     * True when the shown frame started before the kernel warm-up ended, so its time and speed are
     * not what this machine does; the model renders the view again once the warm-up ends.
     */
    public ReadOnlyBooleanProperty coldFrameProperty() {
        return coldFrame.getReadOnlyProperty();
    }

    /**
     * Follows a kernel warm-up: frames started before it ends are marked cold, and the view is
     * rendered again when it ends if the frame on screen is cold.
     */
    public void followWarmup(KernelWarmup warmup) {
        if (warmup.isDone()) {
            return;
        }
        warmingUp.set(true);
        warmup.done().thenRun(() -> ui.execute(this::warmedUp));
    }

    private void warmedUp() {
        warmingUp.set(false);
        if (coldFrame.get() && !coordinator.busy()) {
            requestRender();
        }
    }

    // ---- navigation verbs ---------------------------------------------------------------------

    /** Zooms by {@code factor} (greater than 1 zooms in) keeping the point under {@code (px, py)} fixed. */
    public void zoomAt(double px, double py, double factor) {
        if (deep() != null) {
            goDeep(DeepNavigation.zoomAt(deep(), px, py, factor));
            return;
        }
        Viewport next = ViewMath.zoomAt(viewport(), px, py, factor);
        if (factor > 1 && !next.resolvable()) {
            goDeep(DeepNavigation.zoomAt(DeepNavigation.of(viewport()), px, py, factor));
            return;
        }
        visit(next);
    }

    /** Zooms by {@code factor} about the centre of the view. */
    public void zoomCentre(double factor) {
        zoomAt(viewport().width() / 2.0, viewport().height() / 2.0, factor);
    }

    /** Moves the picture by {@code (dx, dy)} pixels on screen; one history entry per call. */
    public void pan(double dxPixels, double dyPixels) {
        if (deep() != null) {
            goDeep(DeepNavigation.pan(deep(), dxPixels, dyPixels));
            return;
        }
        visit(ViewMath.pan(viewport(), dxPixels, dyPixels));
    }

    /** Starts a drag: the pans until {@link #endDrag()} make one history entry. */
    public void beginDrag() {
        dragging = false;
    }

    /** Pans as part of a drag begun with {@link #beginDrag()}. */
    public void dragBy(double dxPixels, double dyPixels) {
        if (deep() != null) {
            goDeep(DeepNavigation.pan(deep(), dxPixels, dyPixels));
            return;
        }
        Viewport next = ViewMath.pan(viewport(), dxPixels, dyPixels);
        if (dragging) {
            history.replaceCurrent(next);
            show(next);
        } else {
            dragging = true;
            visit(next);
        }
    }

    public void endDrag() {
        dragging = false;
    }

    /** Zooms into the pixel rectangle between two corners (widened to the window's aspect). */
    public void zoomToBox(double x0, double y0, double x1, double y1) {
        if (deep() != null || !ViewMath.zoomToBox(viewport(), x0, y0, x1, y1).resolvable()) {
            DeepView from = deep() != null ? deep() : DeepNavigation.of(viewport());
            try {
                goDeep(DeepNavigation.zoomToBox(from, x0, y0, x1, y1));
            } catch (IllegalArgumentException e) {
                message.set(e.getMessage());
            }
            return;
        }
        visit(ViewMath.zoomToBox(viewport(), x0, y0, x1, y1));
    }

    /**
     * Goes to a location typed or pasted as a centre {@code RE,IM} (any number of digits) and a
     * span (any decimal such as {@code 1.8e-157}); a bad value leaves the view and says why.
     */
    public void goTo(String centre, String span) {
        DeepView target;
        try {
            target = DeepView.parse(centre, span, width(), height());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        if (target.fitsDouble()) {
            deep.set(null);
            deepStatus.set("");
            visit(target.toViewport());
        } else {
            goDeep(target);
        }
    }

    /** Parses {@code "RE,IM SPAN"} or {@code "--center RE,IM --span SPAN"} (as copied) and goes there. */
    public void goTo(String location) {
        String[] words = location == null ? new String[0] : location.trim().split("\\s+");
        java.util.List<String> plain = new java.util.ArrayList<>();
        for (String w : words) {
            if (!w.startsWith("--") && !w.isEmpty()) {
                plain.add(w);
            }
        }
        if (plain.size() != 2) {
            message.set("location must be a centre RE,IM and a span, e.g. -0.7436,0.1318 1e-20");
            return;
        }
        goTo(plain.get(0), plain.get(1));
    }

    /** The location with every digit: {@code RE,IM SPAN}, readable by {@link #goTo(String)}. */
    public String locationText() {
        DeepView d = deep() != null ? deep() : DeepNavigation.of(viewport());
        return d.centreText() + " " + d.spanText();
    }

    public void back() {
        if (leaveDeep()) {
            show(viewport());
            return;
        }
        if (history.canBack()) {
            Viewport v = ViewFit.onGrid(history.back(), width(), height());
            history.replaceCurrent(v);
            show(v);
        }
    }

    public void forward() {
        if (history.canForward()) {
            Viewport v = ViewFit.onGrid(history.forward(), width(), height());
            history.replaceCurrent(v);
            show(v);
        }
    }

    /** Shows a bookmarked place at its span across the window, with its iteration limit. */
    public void goTo(Bookmark b) {
        RenderSettings s;
        try {
            s = settings().withMaxIter(b.maxIter());
        } catch (IllegalArgumentException e) {
            message.set("bookmark '" + b.name() + "': " + e.getMessage());
            return;
        }
        Viewport v = b.view(width(), height());
        if (!v.resolvable()) {
            message.set("bookmark '" + b.name() + "' is deeper than double precision resolves here");
            return;
        }
        settings.set(s);
        leaveDeep();
        visit(v);
    }

    /** Back to the whole set. */
    public void reset() {
        leaveDeep();
        visit(ViewFit.contain(Preset.FULL.view(), width(), height()));
    }

    /**
     * Shows a preset's region (all of it) and takes its iteration limit; choosing the preset on
     * screen again goes back to its whole region (after zooming into it, say).
     */
    public void applyPreset(Preset chosen) {
        RenderSettings s = settings().withMaxIter(chosen.maxIter());
        settings.set(s);
        leaveDeep();
        visit(ViewFit.contain(chosen.view(), width(), height()));
        preset.set(chosen);
    }

    /**
     * Shows a region of the plane, e.g. from a loaded session: exactly that view when its pixel grid
     * is the window's, otherwise all of it fitted to the window.
     */
    public void showRegion(Viewport region) {
        leaveDeep();
        boolean sameGrid = region.width() == width() && region.height() == height();
        visit(sameGrid ? region : ViewFit.contain(region, width(), height()));
    }

    /**
     * The image area is now {@code width x height} pixels: same centre and horizontal span on the
     * new grid, rendered at the new size. Not a history step.
     */
    public void resize(int width, int height) {
        if (width < 1 || height < 1) {
            return;
        }
        if (deep() != null) {
            if (width != width() || height != height() || frame() == null) {
                goDeep(deep().withSize(width, height));
            }
            return;
        }
        Viewport v = preset.get() != null ? ViewFit.contain(preset.get().view(), width, height)
                : ViewFit.onGrid(viewport(), width, height);
        if (v.equals(viewport()) && frame() != null) {
            return;
        }
        Preset kept = preset.get();
        history.replaceCurrent(v);
        show(v);
        preset.set(kept);
    }

    /** Renders the current view again (after an error, or to time it once more). */
    public void refresh() {
        requestRender();
    }

    // ---- settings verbs -----------------------------------------------------------------------

    public void setKernel(KernelChoice kernel) {
        change(s -> s.withKernel(kernel));
    }

    public void setPrecision(Precision precision) {
        change(s -> s.withPrecision(precision));
    }

    public void setSchedule(Schedule schedule) {
        change(s -> s.withSchedule(schedule));
    }

    public void setThreads(int threads) {
        change(s -> s.withThreads(threads));
    }

    public void setPartitionFactor(int factor) {
        change(s -> s.withPartitionFactor(factor));
    }

    public void setMaxIter(int maxIter) {
        change(s -> s.withMaxIter(maxIter));
    }

    /** Recolours; the counts do not change, so nothing renders. */
    public void setPalette(Palette palette) {
        change(s -> s.withPalette(palette));
    }

    public void setSmooth(boolean smooth) {
        change(s -> s.withSmooth(smooth));
    }

    /** The largest partition factor that still changes anything: one task per row. */
    public int maxPartitionFactor() {
        return Math.max(1, (height() + settings().threads() - 1) / settings().threads());
    }

    /** The render request the current view and settings make. */
    public RenderRequest currentRequest() {
        RenderSettings s = settings();
        return RenderRequest.of(viewport(), s.maxIter()).withSchedule(s.schedule(), s.partitionFactor())
                .withSmooth(s.smooth());
    }

    /** The {@code ./mandelbrot render ...} line that reproduces the view and settings. */
    public String reproduceCommand() {
        if (deep() != null) {
            return "./mandelbrot render --center " + deep().centreText() + " --span " + deep().spanText()
                    + " --size " + width() + "x" + height() + " --max-iter auto";
        }
        return ReproduceCommand.of(viewport(), settings());
    }

    /** Shows a one-line notice (or error) in the status line until the next render. */
    public void notice(String text) {
        message.set(text);
    }

    public void clearMessage() {
        message.set("");
    }

    /** Wakes the render workers ahead of a request that user input is about to make (see {@link RenderCoordinator#prewake}). */
    public void prewake() {
        coordinator.prewake(settings().schedule());
    }

    /** Whether render workers spin briefly after frames and wake on input (on unless switched off). */
    public void setKeepAwake(boolean on) {
        coordinator.setKeepAwake(on);
    }

    /** Cancels any render and closes the renderer's threads. */
    @Override
    public void close() {
        deepFrames.close();
        coordinator.close();
        rendering.set(false);
    }

    // ---- internals --------------------------------------------------------------------------

    private void change(UnaryOperator<RenderSettings> edit) {
        RenderSettings before = settings();
        RenderSettings after;
        try {
            after = edit.apply(before);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        if (after.equals(before)) {
            return;
        }
        settings.set(after);
        if (before.needsRenderComparedTo(after) || (antiAlias.get() > 1 && before.palette() != after.palette())) {
            requestRender(); // an anti-aliased picture is coloured while it is averaged: recolouring needs it again
        }
    }

    private void visit(Viewport v) {
        history.visit(v);
        show(v);
    }

    private void show(Viewport v) {
        preset.set(null);
        viewport.set(v);
        updateHistoryFlags();
        requestRender();
    }

    /** Shows a deep location, or the double view when double resolves it again. */
    private void goDeep(DeepView next) {
        if (next.fitsDouble()) {
            deep.set(null);
            deepStatus.set("");
            visit(next.toViewport());
            return;
        }
        deep.set(next);
        viewport.set(gridOf(next));
        updateHistoryFlags();
        requestRender();
    }

    /** Back to the last double view (the history holds only those); whether the view was deep. */
    private boolean leaveDeep() {
        if (deep() == null) {
            return false;
        }
        deepFrames.cancel();
        deep.set(null);
        deepStatus.set("");
        viewport.set(ViewFit.onGrid(history.current(), width(), height()));
        return true;
    }

    private static Viewport gridOf(DeepView d) {
        return Viewport.centered(0, 0, 1, d.width(), d.height());
    }

    private void requestDeepRender(DeepView target) {
        RenderSettings s = settings();
        rendering.set(true);
        deepFrames.prepare(target, 0, setup -> {
            if (deep() != target) {
                return;
            }
            deepStatus.set(describe(setup));
            RenderRequest request = RenderRequest.of(setup.gridViewport(), setup.maxIter())
                    .withSchedule(s.schedule(), s.partitionFactor()).withSmooth(s.smooth());
            coordinator.submit(request, s.kernel(), s.precision(), s.threads(), setup.kernel());
            rendering.set(coordinator.busy());
        }, error -> {
            message.set(error.getMessage());
            rendering.set(coordinator.busy());
        });
    }

    private static String describe(DeepSetup setup) {
        return String.format(Locale.ROOT, "deep zoom: span %s (1e%.1f), %s, limit %d (auto), orbit %d iterations%s",
                setup.view().spanText(), setup.view().log10Span(),
                setup.numberType().startsWith("double") ? "perturbation + BLA in double" : "perturbation + BLA in extended range",
                setup.maxIter(), setup.orbit().iterations(), setup.orbitReused() ? " (reused)" : "");
    }

    private void requestRender() {
        message.set("");
        if (deep() != null) {
            requestDeepRender(deep());
            return;
        }
        deepFrames.cancel();
        RenderSettings s = settings();
        RenderRequest request;
        try {
            request = currentRequest();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        coordinator.submit(request, s.kernel(), s.precision(), s.threads());
        rendering.set(coordinator.busy());
    }

    private void updateHistoryFlags() {
        canBack.set(history.canBack());
        canForward.set(history.canForward());
    }

    private int width() {
        return viewport().width();
    }

    private int height() {
        return viewport().height();
    }
}
