package dev.mandel.video;

import dev.mandel.color.Colorizer;
import dev.mandel.color.Palette;
import dev.mandel.deep.DeepSetup;
import dev.mandel.deep.DeepView;
import dev.mandel.deep.ReferenceOrbit;
import dev.mandel.kernel.EscapeKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderJob;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;

import java.math.BigDecimal;
import java.util.concurrent.CancellationException;

/**
 * Zoom views deeper than double precision on the perturbation engine ({@code dev.mandel.deep},
 * docs/deep-zoom.md): every picture of a zoom shares the centre, so one reference orbit, computed
 * for the deepest view met so far, serves all the wider ones after it.
 *
 * <p>Colours come from the counts alone, exactly as for double views ({@link Colorizer}), never from
 * a picture's own statistics, so frames of a zoom do not flicker against each other.
 */
public final class DeepViewRenderer implements ViewRenderer {

    private final Renderer renderer;
    private final Palette palette;
    private final boolean smooth;
    private ReferenceOrbit orbit;
    private String lastNumberType = "perturbation";

    /** Deep pictures run their own kernel on {@code renderer}'s pool (no pool per picture). */
    public DeepViewRenderer(Renderer renderer, Palette palette, boolean smooth) {
        this.renderer = renderer;
        this.palette = palette;
        this.smooth = smooth;
    }

    private static DeepView deepView(ZoomView view) {
        return new DeepView(new BigDecimal(view.centreRe()), new BigDecimal(view.centreIm()), view.span(),
                view.width(), view.height());
    }

    @Override
    public boolean resolves(ZoomView view) {
        try {
            deepView(view);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String numberType(ZoomView view) {
        return DeepSetup.extended(deepView(view)) ? "perturbation (extended range)" : "perturbation (double deltas)";
    }

    /** Prepares the reference orbit of {@code deepest} now, so every picture of the zoom reuses it. */
    public synchronized void prepareFor(ZoomView deepest, CancelSignal cancel) {
        orbit = DeepSetup.prepare(deepView(deepest), deepest.maxIter(), orbit, cancel::isCancelled).orbit();
    }

    @Override
    public int[] counts(ZoomView view, CancelSignal cancel) {
        return frame(view, false, cancel).counts();
    }

    @Override
    public int[] render(ZoomView view, CancelSignal cancel) {
        Frame frame = frame(view, smooth, cancel);
        Colorizer colorizer = new Colorizer(palette, view.maxIter());
        int[] argb = new int[frame.counts().length];
        colorizer.colour(frame.counts(), smooth ? frame.escapeMag2() : null, argb, 0, argb.length);
        return argb;
    }

    private Frame frame(ZoomView view, boolean withMagnitudes, CancelSignal cancel) {
        cancel.check();
        DeepSetup setup;
        synchronized (this) {
            setup = DeepSetup.prepare(deepView(view), view.maxIter(), orbit, cancel::isCancelled);
            orbit = setup.orbit();
            lastNumberType = setup.numberType();
        }
        cancel.check();
        EscapeKernel kernel = setup.kernel();
        Frame frame;
        RenderJob job = renderer.start(RenderRequest.of(setup.gridViewport(), setup.maxIter())
                .withSmooth(withMagnitudes), kernel);
        try (CancelSignal.Registration stop = cancel.onCancel(job::cancel)) {
            frame = job.await();
        }
        if (job.isCancelled()) {
            throw new CancellationException("zoom cancelled");
        }
        return frame;
    }

    /** The number type the last picture ran with. */
    public synchronized String lastNumberType() {
        return lastNumberType;
    }
}
