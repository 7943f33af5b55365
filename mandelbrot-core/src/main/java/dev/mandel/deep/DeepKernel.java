package dev.mandel.deep;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.view.Viewport;

/**
 * The deep path as an {@link EscapeKernel}, so deep frames run on the same renderer, schedules,
 * cancellation, progress and task trace as shallow ones.
 *
 * <p>One instance belongs to one deep view, orbit and table. The renderer hands it the view's
 * {@link DeepSetup#gridViewport() grid viewport}, of which only the width is used: pixel
 * positions come from the exact mapping of docs/deep-zoom.md section 1, as offsets
 * {@code dc = (centre - C) + S (2i - W, H - 2j) / (2W)} from the reference {@code C}.
 *
 * <p>A row's returned cost is its perturbation steps plus BLA steps (section 8), not its
 * iterations; the split is kept per row ({@link #perturbationSteps}, {@link #blaSteps}). Each row
 * writes only its own slots, so workers share nothing mutable.
 */
public final class DeepKernel implements EscapeKernel {

    private final DeltaLoop loop;
    private final int width;
    private final int height;
    /** Offset of the view's centre from the reference, in units of {@code 2^spanExp}. */
    private final double offRe;
    private final double offIm;
    private final double spanMantissa;
    private final int spanExp;
    private final long[] perturbation;
    private final long[] bla;
    /** Real offsets of the columns (the same in every row), in units of {@code 2^spanExp}. */
    private final double[] columnRe;

    DeepKernel(DeepView view, FloatExp offsetRe, FloatExp offsetIm, DeltaLoop loop) {
        this.loop = loop;
        this.width = view.width();
        this.height = view.height();
        FloatExp s = view.spanValue();
        this.spanMantissa = s.mantissa();
        this.spanExp = s.exponent();
        this.offRe = FloatExp.scalb(offsetRe.mantissa(), offsetRe.exponent() - spanExp);
        this.offIm = FloatExp.scalb(offsetIm.mantissa(), offsetIm.exponent() - spanExp);
        this.perturbation = new long[height];
        this.bla = new long[height];
        this.columnRe = new double[width];
        double twoW = 2.0 * width;
        for (int i = 0; i < width; i++) {
            columnRe[i] = offRe + spanMantissa * ((2.0 * i - width) / twoW);
        }
    }

    @Override
    public String name() {
        return "deep";
    }

    /** The number type the pixel loop uses. */
    public String numberType() {
        return loop.numberType();
    }

    @Override
    public long row(Viewport grid, int row, int maxIter, int[] counts, int offset) {
        return run(row, maxIter, counts, null, offset);
    }

    @Override
    public long smoothRow(Viewport grid, int row, int maxIter, int[] counts, double[] escapeMag2, int offset) {
        return run(row, maxIter, counts, escapeMag2, offset);
    }

    private long run(int row, int maxIter, int[] counts, double[] escapeMag2, int offset) {
        StepCounter steps = new StepCounter();
        double twoW = 2.0 * width;
        double dcIm = offIm + spanMantissa * ((height - 2.0 * row) / twoW);
        loop.iterateRow(columnRe, dcIm, spanExp, maxIter, counts, escapeMag2, offset, steps);
        perturbation[row] = steps.perturbation;
        bla[row] = steps.bla;
        return steps.perturbation + steps.bla;
    }

    /** Escape count of one pixel (for probes and tests). */
    public int pixel(int i, int j, int maxIter) {
        double twoW = 2.0 * width;
        return loop.iterate(offRe + spanMantissa * ((2.0 * i - width) / twoW),
                offIm + spanMantissa * ((height - 2.0 * j) / twoW), spanExp, maxIter, new StepCounter());
    }

    /** Perturbation steps of row {@code row} (absolute row), once the row is done. */
    public long perturbationSteps(int row) {
        return perturbation[row];
    }

    /** BLA steps of row {@code row}, once the row is done. */
    public long blaSteps(int row) {
        return bla[row];
    }

    public long totalPerturbationSteps() {
        long s = 0;
        for (long v : perturbation) {
            s += v;
        }
        return s;
    }

    public long totalBlaSteps() {
        long s = 0;
        for (long v : bla) {
            s += v;
        }
        return s;
    }
}
