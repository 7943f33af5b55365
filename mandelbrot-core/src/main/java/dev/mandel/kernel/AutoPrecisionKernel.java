package dev.mandel.kernel;

import dev.mandel.view.Viewport;

/**
 * {@link Precision#AUTO} for a renderer whose views change (the viewer): every row goes to the float
 * kernel where {@link PrecisionRule} says float resolves the view, to the double kernel beyond. The
 * rule depends only on the view and the iteration limit, so all rows of a frame take the same one,
 * and {@link #nameFor} tells the frame which ran.
 */
public final class AutoPrecisionKernel implements EscapeKernel {

    private final EscapeKernel doubleKernel;
    private final EscapeKernel floatKernel;

    public AutoPrecisionKernel(EscapeKernel doubleKernel, EscapeKernel floatKernel) {
        this.doubleKernel = doubleKernel;
        this.floatKernel = floatKernel;
    }

    @Override
    public String name() {
        return doubleKernel.name() + "/" + floatKernel.name();
    }

    @Override
    public String nameFor(Viewport view, int maxIter) {
        return pick(view, maxIter).name();
    }

    @Override
    public long row(Viewport view, int row, int maxIter, int[] counts, int offset) {
        return pick(view, maxIter).row(view, row, maxIter, counts, offset);
    }

    @Override
    public long smoothRow(Viewport view, int row, int maxIter, int[] counts, double[] escapeMag2, int offset) {
        return pick(view, maxIter).smoothRow(view, row, maxIter, counts, escapeMag2, offset);
    }

    private EscapeKernel pick(Viewport view, int maxIter) {
        return PrecisionRule.floatResolves(view, maxIter) ? floatKernel : doubleKernel;
    }
}
