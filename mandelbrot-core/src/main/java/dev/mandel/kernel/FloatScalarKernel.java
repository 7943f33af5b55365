package dev.mandel.kernel;

import dev.mandel.view.Viewport;

/**
 * The single-precision twin of {@link ScalarKernel}: DESIGN.md section 2's loop in {@code float}
 * with {@link Math#fma(float, float, float)}, the reference for {@code FloatVectorKernel}.
 *
 * <p>Pixel mapping: {@code cr} and {@code ci} are the section 2 doubles ({@code xMin + i * dx},
 * {@code yMax - j * dy}) rounded once to the nearest float, so a float render samples the same
 * points as a double one to within half a float ulp. Counts are those of the float orbit; they
 * equal the double kernel's where {@link PrecisionRule} says float resolves the view, and only
 * there is it chosen automatically.
 *
 * <p>At most {@link #MAX_ITER} iterations: the vector twin counts in float lanes, exact up to 2^24.
 */
public final class FloatScalarKernel implements EscapeKernel {

    /** Largest iteration limit the float kernels count exactly (2^24, a float's integer range). */
    public static final int MAX_ITER = 1 << 24;

    @Override
    public String name() {
        return "scalar-float";
    }

    @Override
    public long row(Viewport view, int row, int maxIter, int[] counts, int offset) {
        requireMaxIter(maxIter);
        double xMin = view.xMin();
        double dx = view.dx();
        float ci = (float) view.im(row);
        long sum = 0;
        for (int i = 0, w = view.width(); i < w; i++) {
            int n = escapeCount((float) (xMin + (double) i * dx), ci, maxIter);
            counts[offset + i] = n;
            sum += n;
        }
        return sum;
    }

    @Override
    public long smoothRow(Viewport view, int row, int maxIter, int[] counts, double[] escapeMag2, int offset) {
        requireMaxIter(maxIter);
        double xMin = view.xMin();
        double dx = view.dx();
        float ci = (float) view.im(row);
        long sum = 0;
        for (int i = 0, w = view.width(); i < w; i++) {
            float cr = (float) (xMin + (double) i * dx);
            float x = 0;
            float y = 0;
            int n = 0;
            float atEscape = 0;
            for (; n < maxIter; n++) {
                float y2 = y * y;
                float mag2 = Math.fma(x, x, y2);
                if (mag2 > 4.0f) {
                    atEscape = mag2;
                    break;
                }
                float yNew = Math.fma(x + x, y, ci);
                x = Math.fma(x, x, cr - y2);
                y = yNew;
            }
            counts[offset + i] = n;
            escapeMag2[offset + i] = atEscape;
            sum += n;
        }
        return sum;
    }

    /** The float escape count of {@code c = cr + i ci}: DESIGN.md's loop with float FMAs. */
    public static int escapeCount(float cr, float ci, int maxIter) {
        float x = 0;
        float y = 0;
        for (int n = 0; n < maxIter; n++) {
            float y2 = y * y;
            float mag2 = Math.fma(x, x, y2);
            if (mag2 > 4.0f) {
                return n;
            }
            float yNew = Math.fma(x + x, y, ci);
            x = Math.fma(x, x, cr - y2);
            y = yNew;
        }
        return maxIter;
    }

    static void requireMaxIter(int maxIter) {
        if (maxIter > MAX_ITER) {
            throw new IllegalArgumentException("single precision counts at most " + MAX_ITER
                    + " iterations, got max-iter " + maxIter + "; use double precision");
        }
    }
}
