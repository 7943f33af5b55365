package dev.mandel.gui.model;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.color.Palette;
import dev.mandel.kernel.Precision;
import dev.mandel.render.RenderRequest;
import dev.mandel.schedule.Schedule;

/**
 * Everything besides the view that decides a render and its colours: the settings panel's state.
 *
 * <p>Immutable and validated; the {@code with...} methods return a changed copy, so the model can
 * compare old and new settings to decide whether a change needs a new render (most do) or only a
 * recolour (the palette).
 */
public record RenderSettings(KernelChoice kernel, Schedule schedule, int threads, int partitionFactor,
                             int maxIter, Palette palette, boolean smooth, Precision precision) {

    /** Highest iteration limit the viewer offers; deep enough for every preset, small enough to stay interactive. */
    public static final int MAX_ITER_LIMIT = 1_000_000;

    public RenderSettings {
        if (kernel == null || schedule == null || palette == null || precision == null) {
            throw new IllegalArgumentException("kernel, schedule, palette and precision are required");
        }
        if (threads < 1 || threads > maxThreads()) {
            throw new IllegalArgumentException("threads must be between 1 and " + maxThreads() + ", got " + threads);
        }
        if (partitionFactor < 1) {
            throw new IllegalArgumentException("partition factor must be at least 1, got " + partitionFactor);
        }
        if (maxIter < 1 || maxIter > MAX_ITER_LIMIT) {
            throw new IllegalArgumentException("max iterations must be between 1 and " + MAX_ITER_LIMIT + ", got " + maxIter);
        }
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

    public RenderSettings withKernel(KernelChoice k) {
        return new RenderSettings(k, schedule, threads, partitionFactor, maxIter, palette, smooth, precision);
    }

    public RenderSettings withSchedule(Schedule s) {
        return new RenderSettings(kernel, s, threads, partitionFactor, maxIter, palette, smooth, precision);
    }

    public RenderSettings withThreads(int t) {
        return new RenderSettings(kernel, schedule, t, partitionFactor, maxIter, palette, smooth, precision);
    }

    public RenderSettings withPartitionFactor(int f) {
        return new RenderSettings(kernel, schedule, threads, f, maxIter, palette, smooth, precision);
    }

    public RenderSettings withMaxIter(int m) {
        return new RenderSettings(kernel, schedule, threads, partitionFactor, m, palette, smooth, precision);
    }

    public RenderSettings withPalette(Palette p) {
        return new RenderSettings(kernel, schedule, threads, partitionFactor, maxIter, p, smooth, precision);
    }

    public RenderSettings withSmooth(boolean s) {
        return new RenderSettings(kernel, schedule, threads, partitionFactor, maxIter, palette, s, precision);
    }

    public RenderSettings withPrecision(Precision p) {
        return new RenderSettings(kernel, schedule, threads, partitionFactor, maxIter, palette, smooth, p);
    }

    /** Whether going from this to {@code other} changes the escape counts or their cost (needs a render). */
    public boolean needsRenderComparedTo(RenderSettings other) {
        return !withPalette(other.palette).equals(other);
    }
}
