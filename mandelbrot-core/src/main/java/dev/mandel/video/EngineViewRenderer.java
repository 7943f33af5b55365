package dev.mandel.video;

/**
 * The engine's choice per picture, as for still renders (DESIGN.md section 2b): the double kernels
 * where double precision resolves the view, bit for bit, and perturbation beyond.
 */
public final class EngineViewRenderer implements ViewRenderer {

    private final ViewRenderer doubles;
    private final DeepViewRenderer deep;

    /** {@code doubles} draws the views double precision resolves: here, or on a render farm. */
    public EngineViewRenderer(ViewRenderer doubles, DeepViewRenderer deep) {
        this.doubles = doubles;
        this.deep = deep;
    }

    @Override
    public int[] render(ZoomView view, CancelSignal cancel) {
        return doubles.resolves(view) ? doubles.render(view, cancel) : deep.render(view, cancel);
    }

    @Override
    public int[] counts(ZoomView view, CancelSignal cancel) {
        return doubles.resolves(view) ? doubles.counts(view, cancel) : deep.counts(view, cancel);
    }

    @Override
    public boolean resolves(ZoomView view) {
        return doubles.resolves(view) || deep.resolves(view);
    }

    @Override
    public String numberType(ZoomView view) {
        return doubles.resolves(view) ? doubles.numberType(view) : deep.numberType(view);
    }

    /** Readies the deep engine for the zoom's deepest view (its reference orbit), if it is deep. */
    public void prepareFor(ZoomView deepest, CancelSignal cancel) {
        if (!doubles.resolves(deepest)) {
            deep.prepareFor(deepest, cancel);
        }
    }
}
