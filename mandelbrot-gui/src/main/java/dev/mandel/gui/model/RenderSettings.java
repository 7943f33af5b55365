package dev.mandel.gui.model;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.color.Palette;
import dev.mandel.kernel.Precision;
import dev.mandel.render.RenderRequest;
import dev.mandel.schedule.Schedule;
import dev.mandel.settings.ColourSettings;
import dev.mandel.settings.EngineSettings;

/**
 * Everything besides the view that decides a render and its colours: the settings panel's state.
 * How to compute is the shared {@link EngineSettings} (kernel, precision, schedule, threads,
 * partition factor), how to colour the shared {@link ColourSettings}; the viewer adds its iteration
 * limit and caps threads at {@link #maxThreads()}.
 *
 * <p>Immutable and validated; the {@code with...} methods return a changed copy, so the model can
 * compare old and new settings to decide whether a change needs a new render (most do) or only a
 * recolour (the palette).
 */
public record RenderSettings(EngineSettings engine, int maxIter, ColourSettings colour) {

    /** Highest iteration limit the viewer offers; deep enough for every preset, small enough to stay interactive. */
    public static final int MAX_ITER_LIMIT = 1_000_000;

    /**
     * The engine's interleave: 0, as the viewer never uses it. Its kernels come from
     * {@link ViewerKernels}, which takes the calibrated interleave once the command line has cached
     * one and never measures itself.
     */
    private static final int VIEWER_INTERLEAVE = 0;

    public RenderSettings {
        if (engine == null || colour == null) {
            throw new IllegalArgumentException("engine and colour settings are required");
        }
        checkThreads(engine.threads());
        if (maxIter < 1 || maxIter > MAX_ITER_LIMIT) {
            throw new IllegalArgumentException("max iterations must be between 1 and " + MAX_ITER_LIMIT + ", got " + maxIter);
        }
    }

    public RenderSettings(KernelChoice kernel, Schedule schedule, int threads, int partitionFactor, int maxIter,
                          Palette palette, boolean smooth, Precision precision) {
        this(new EngineSettings(kernel, precision, schedule, checkThreads(threads), partitionFactor,
                VIEWER_INTERLEAVE), maxIter, new ColourSettings(palette, smooth));
    }

    /** The viewer's thread range, checked before the engine's wider one so the message names this machine's limit. */
    private static int checkThreads(int threads) {
        if (threads < 1 || threads > maxThreads()) {
            throw new IllegalArgumentException("threads must be between 1 and " + maxThreads() + ", got " + threads);
        }
        return threads;
    }

    /** Twice the cores: enough to show what oversubscription does, not enough to hurt. */
    public static int maxThreads() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    /**
     * Auto kernel, over-partitioned ForkJoin on every core, 1000 iterations, classic palette, auto
     * precision (float where it resolves the view, which is the overview, double when zoomed in).
     */
    public static RenderSettings defaults() {
        return new RenderSettings(KernelChoice.AUTO, Schedule.FORKJOIN,
                Runtime.getRuntime().availableProcessors(), RenderRequest.DEFAULT_PARTITION_FACTOR, 1000,
                Palette.CLASSIC, false, Precision.AUTO);
    }

    public KernelChoice kernel() {
        return engine.kernel();
    }

    public Precision precision() {
        return engine.precision();
    }

    public Schedule schedule() {
        return engine.schedule();
    }

    public int threads() {
        return engine.threads();
    }

    public int partitionFactor() {
        return engine.partitionFactor();
    }

    public Palette palette() {
        return colour.palette();
    }

    public boolean smooth() {
        return colour.smooth();
    }

    public RenderSettings withKernel(KernelChoice k) {
        return new RenderSettings(k, schedule(), threads(), partitionFactor(), maxIter, palette(), smooth(), precision());
    }

    public RenderSettings withSchedule(Schedule s) {
        return new RenderSettings(kernel(), s, threads(), partitionFactor(), maxIter, palette(), smooth(), precision());
    }

    public RenderSettings withThreads(int t) {
        return new RenderSettings(kernel(), schedule(), t, partitionFactor(), maxIter, palette(), smooth(), precision());
    }

    public RenderSettings withPartitionFactor(int f) {
        return new RenderSettings(kernel(), schedule(), threads(), f, maxIter, palette(), smooth(), precision());
    }

    public RenderSettings withPrecision(Precision p) {
        return new RenderSettings(kernel(), schedule(), threads(), partitionFactor(), maxIter, palette(), smooth(), p);
    }

    public RenderSettings withMaxIter(int m) {
        return new RenderSettings(engine, m, colour);
    }

    public RenderSettings withPalette(Palette p) {
        return new RenderSettings(engine, maxIter, new ColourSettings(p, colour.smooth()));
    }

    public RenderSettings withSmooth(boolean s) {
        return new RenderSettings(engine, maxIter, new ColourSettings(colour.palette(), s));
    }

    /** Whether going from this to {@code other} changes the escape counts or their cost (needs a render). */
    public boolean needsRenderComparedTo(RenderSettings other) {
        return !withPalette(other.palette()).equals(other);
    }
}
