package dev.mandel.farm;

import dev.mandel.color.Palette;
import dev.mandel.video.CancelSignal;
import dev.mandel.video.DoubleViewRenderer;
import dev.mandel.video.ViewRenderer;
import dev.mandel.video.ZoomView;
import dev.mandel.view.Viewport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The zoom's double-precision pictures rendered on a farm: each picture cut into row bands
 * ({@link BandPlan}), stitched back, and coloured as {@link DoubleViewRenderer} colours them, so a
 * farm's video frames are a local zoom's, pixel for pixel. Cancellation is checked between pictures
 * (a picture on the farm runs to its end).
 */
public final class FarmViewRenderer implements ViewRenderer {

    private final FarmEngine engine;
    private final Seal seal;
    private final Palette palette;
    private final boolean smooth;
    private final Map<String, Integer> tasksByWorker = new LinkedHashMap<>();
    private int retried;

    public FarmViewRenderer(FarmEngine engine, Seal seal, Palette palette, boolean smooth) {
        this.engine = engine;
        this.seal = seal;
        this.palette = palette;
        this.smooth = smooth;
    }

    @Override
    public boolean resolves(ZoomView view) {
        try {
            return DoubleViewRenderer.viewport(view).resolvable();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String numberType(ZoomView view) {
        return "double";
    }

    @Override
    public int[] counts(ZoomView view, CancelSignal cancel) {
        return bands(view, false, cancel, null);
    }

    @Override
    public int[] render(ZoomView view, CancelSignal cancel) {
        double[] mag2 = smooth ? new double[view.width() * view.height()] : null;
        int[] counts = bands(view, smooth, cancel, mag2);
        return DoubleViewRenderer.colour(counts, mag2, palette, view.maxIter());
    }

    /** Tasks done per worker over every picture so far, e.g. {@code "127.0.0.1:5701 40, ..."}. */
    public synchronized String tasksPerWorker() {
        StringJoiner all = new StringJoiner(", ");
        tasksByWorker.forEach((worker, n) -> all.add(worker + " " + n));
        return all + (retried > 0 ? "; " + retried + " sent again" : "");
    }

    private int[] bands(ZoomView view, boolean withMagnitudes, CancelSignal cancel, double[] mag2) {
        if (!resolves(view)) {
            throw new IllegalArgumentException("span " + view.span() + " at " + view.width() + "x" + view.height()
                    + " is too deep for double precision");
        }
        cancel.check();
        Viewport viewport = DoubleViewRenderer.viewport(view);
        int workers = Math.max(1, engine.workers().size());
        BandPlan plan = new BandPlan(System.nanoTime(), viewport, view.maxIter(), withMagnitudes,
                BandPlan.defaultRowsPerTask(viewport, workers));
        int width = viewport.width();
        int[] counts = new int[width * viewport.height()];
        FarmProgress progress;
        try {
            progress = new FarmJob(engine, seal, plan.count()).run(plan.count(), plan::task, (task, result) -> {
                System.arraycopy(result.counts(), 0, counts, task.firstRow() * width, result.counts().length);
                if (mag2 != null) {
                    System.arraycopy(result.escapeMag2(), 0, mag2, task.firstRow() * width, result.counts().length);
                }
            }, p -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (this) {
            progress.doneByWorker().forEach((worker, n) -> tasksByWorker.merge(worker, n, Integer::sum));
            retried += progress.retried();
        }
        return counts;
    }
}
