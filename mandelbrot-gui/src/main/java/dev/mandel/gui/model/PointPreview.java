package dev.mandel.gui.model;

import dev.mandel.color.Colorizer;
import dev.mandel.color.Palette;

/**
 * What a teacher shows about one point c of the plane: its orbit (z_0 = 0, z_{n+1} = z_n^2 + c, the
 * very loop of DESIGN.md section 2, fused multiply-adds included) and its Julia set (the same loop
 * with c fixed and z_0 running over the pixels). Small and scalar: previews, not the engine.
 */
public final class PointPreview {

    /** Region of the Julia preview: every connected Julia set lies inside |z| <= 2. */
    public static final double JULIA_HALF_WIDTH = 1.8;

    private PointPreview() {
    }

    /**
     * The orbit of {@code c}: {@code [x0, y0, x1, y1, ...]} from z_0 = 0, up to {@code maxSteps}
     * points, ending with the first point outside radius 2 when it escapes.
     */
    public static double[] orbit(double cr, double ci, int maxSteps) {
        double[] pts = new double[2 * (maxSteps + 1)];
        double x = 0;
        double y = 0;
        int n = 0;
        pts[0] = 0;
        pts[1] = 0;
        while (n < maxSteps) {
            double y2 = y * y;
            double mag2 = Math.fma(x, x, y2);
            if (mag2 > 4.0) {
                break;
            }
            double ynew = Math.fma(x + x, y, ci);
            x = Math.fma(x, x, cr - y2);
            y = ynew;
            n++;
            pts[2 * n] = x;
            pts[2 * n + 1] = y;
        }
        return java.util.Arrays.copyOf(pts, 2 * (n + 1));
    }

    /** The Julia set of {@code c} on a {@code width x height} grid over {@link #JULIA_HALF_WIDTH}, coloured. */
    public static int[] julia(double cr, double ci, int width, int height, int maxIter, Palette palette) {
        Colorizer colours = new Colorizer(palette, maxIter);
        int[] argb = new int[width * height];
        double dx = 2 * JULIA_HALF_WIDTH / width;
        double yMax = dx * height / 2;
        for (int j = 0; j < height; j++) {
            double zy0 = yMax - j * dx;
            for (int i = 0; i < width; i++) {
                double x = -JULIA_HALF_WIDTH + i * dx;
                double y = zy0;
                int n = 0;
                for (; n < maxIter; n++) {
                    double y2 = y * y;
                    if (Math.fma(x, x, y2) > 4.0) {
                        break;
                    }
                    double ynew = Math.fma(x + x, y, ci);
                    x = Math.fma(x, x, cr - y2);
                    y = ynew;
                }
                argb[j * width + i] = colours.argb(n);
            }
        }
        return argb;
    }
}
