package dev.mandel.video;

import dev.mandel.color.ColourTable;
import dev.mandel.color.Palette;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderJob;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.view.Viewport;

import java.util.concurrent.CancellationException;

/**
 * Zoom views on the double-precision engine: the view becomes a {@link Viewport} exactly as
 * {@code mandelbrot render --center --span} builds it, and counts are coloured as a still PNG is,
 * so the last frame of a zoom is pixel for pixel the still render of the target view.
 */
public final class DoubleViewRenderer implements ViewRenderer {

    private final Renderer renderer;
    private final Palette palette;
    private final boolean smooth;

    public DoubleViewRenderer(Renderer renderer, Palette palette, boolean smooth) {
        this.renderer = renderer;
        this.palette = palette;
        this.smooth = smooth;
    }

    /** The double viewport of a zoom view (the centre rounded to the nearest doubles). */
    public static Viewport viewport(ZoomView view) {
        return Viewport.centered(Double.parseDouble(view.centreRe()), Double.parseDouble(view.centreIm()),
                view.span().doubleValue(), view.width(), view.height());
    }

    @Override
    public boolean resolves(ZoomView view) {
        try {
            return viewport(view).resolvable();
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
        return frame(view, false, cancel).counts();
    }

    @Override
    public int[] render(ZoomView view, CancelSignal cancel) {
        return colour(frame(view, smooth, cancel), view.maxIter());
    }

    private Frame frame(ZoomView view, boolean withMagnitudes, CancelSignal cancel) {
        if (!resolves(view)) {
            throw new IllegalArgumentException("span " + view.span() + " at " + view.width() + "x" + view.height()
                    + " is too deep for double precision");
        }
        Viewport viewport = viewport(view);
        cancel.check();
        RenderJob job = renderer.start(RenderRequest.of(viewport, view.maxIter()).withSmooth(withMagnitudes));
        Frame frame;
        try (CancelSignal.Registration stop = cancel.onCancel(job::cancel)) {
            frame = job.await();
        }
        if (job.isCancelled()) {
            throw new CancellationException("zoom cancelled");
        }
        return frame;
    }

    private int[] colour(Frame frame, int maxIter) {
        return colour(frame.counts(), smooth ? frame.escapeMag2() : null, palette, maxIter);
    }

    /**
     * The pixels of a double view from its counts (and {@code |z|^2} at escape when smooth, else
     * null), as every double renderer colours them, here or on a farm.
     */
    public static int[] colour(int[] counts, double[] escapeMag2, Palette palette, int maxIter) {
        int[] argb = new int[counts.length];
        new ColourTable(palette, maxIter).colour(counts, escapeMag2, argb, 0, counts.length);
        return argb;
    }
}
