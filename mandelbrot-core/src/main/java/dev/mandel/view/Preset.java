package dev.mandel.view;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Named views: a region, a default image size and iteration limit. Shared by the command line,
 * the viewer and the benchmarks, so "mojo" means the same workload everywhere.
 */
public enum Preset {

    FULL("The whole set with a little margin.",
            -2.35, 0.85, -1.2, 1.2, 1200, 900, 1000),
    SEAHORSE("Seahorse valley: the spirals between the main cardioid and the period-2 bulb.",
            -0.7488, -0.7438, 0.1084, 0.112150, 1200, 900, 2000),
    ELEPHANT("Elephant valley: trunks marching along the cardioid's right edge.",
            0.2675, 0.3175, -0.00375, 0.03375, 1200, 900, 1500),
    MINIBROT("The period-3 mini-brot on the real axis near -1.7549, a small copy of the whole.",
            -1.7863, -1.7213, -0.024375, 0.024375, 1200, 900, 2000),
    MOJO("The over-partitioning post's workload: [-2, 0.6] x [-1.5, 1.5], 960x960, 1000 iterations.",
            -2.0, 0.6, -1.5, 1.5, 960, 960, 1000),
    CLASSROOM("Upper half of the set under empty sky: almost all the cost sits in the lower half of the rows,"
            + " so 2 static bands are badly imbalanced.",
            -2.2, 0.8, -0.3, 2.7, 960, 960, 1000);

    private final String description;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final int width;
    private final int height;
    private final int maxIter;

    Preset(String description, double xMin, double xMax, double yMin, double yMax, int width, int height,
           int maxIter) {
        this.description = description;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.width = width;
        this.height = height;
        this.maxIter = maxIter;
    }

    /** The preset's region at its own default size. */
    public Viewport view() {
        return new Viewport(xMin, xMax, yMin, yMax, width, height);
    }

    /** The preset's region at another size (the region is kept exactly; pixels may be non-square). */
    public Viewport view(int w, int h) {
        return new Viewport(xMin, xMax, yMin, yMax, w, h);
    }

    public int maxIter() {
        return maxIter;
    }

    public String description() {
        return description;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Preset parse(String text) {
        for (Preset p : values()) {
            if (p.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown preset '" + text + "' (allowed: " + ids() + ")");
    }

    public static String ids() {
        return Arrays.stream(values()).map(Preset::id).collect(Collectors.joining(", "));
    }
}
