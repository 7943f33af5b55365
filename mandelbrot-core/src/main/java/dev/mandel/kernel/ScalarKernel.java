package dev.mandel.kernel;

import dev.mandel.view.Viewport;

/**
 * The reference kernel: DESIGN.md section 2 transcribed one pixel at a time with {@link Math#fma}.
 * It is the twin every faster kernel is tested against, and the fallback when the Vector API is
 * not available.
 */
public final class ScalarKernel implements EscapeKernel {

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public long row(Viewport view, int row, int maxIter, int[] counts, int offset) {
        double xMin = view.xMin();
        double dx = view.dx();
        double ci = view.im(row);
        long sum = 0;
        for (int i = 0, w = view.width(); i < w; i++) {
            int n = escapeCount(xMin + (double) i * dx, ci, maxIter);
            counts[offset + i] = n;
            sum += n;
        }
        return sum;
    }

    @Override
    public long smoothRow(Viewport view, int row, int maxIter, int[] counts, double[] escapeMag2, int offset) {
        double xMin = view.xMin();
        double dx = view.dx();
        double ci = view.im(row);
        long sum = 0;
        for (int i = 0, w = view.width(); i < w; i++) {
            double cr = xMin + (double) i * dx;
            double x = 0;
            double y = 0;
            int n = 0;
            double atEscape = 0;
            for (; n < maxIter; n++) {
                double y2 = y * y;
                double mag2 = Math.fma(x, x, y2);
                if (mag2 > 4.0) {
                    atEscape = mag2;
                    break;
                }
                double yNew = Math.fma(x + x, y, ci);
                x = Math.fma(x, x, cr - y2);
                y = yNew;
            }
            counts[offset + i] = n;
            escapeMag2[offset + i] = atEscape;
            sum += n;
        }
        return sum;
    }

    /** The escape count of a single point {@code c = cr + i ci}: the loop of DESIGN.md, verbatim. */
    public static int escapeCount(double cr, double ci, int maxIter) {
        double x = 0;
        double y = 0;
        for (int n = 0; n < maxIter; n++) {
            double y2 = y * y;
            double mag2 = Math.fma(x, x, y2);
            if (mag2 > 4.0) {
                return n;
            }
            double yNew = Math.fma(x + x, y, ci);
            x = Math.fma(x, x, cr - y2);
            y = yNew;
        }
        return maxIter;
    }
}
