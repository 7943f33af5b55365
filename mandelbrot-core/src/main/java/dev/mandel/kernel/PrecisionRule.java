package dev.mandel.kernel;

import dev.mandel.view.Viewport;

/**
 * When single precision resolves a view: the rule behind {@link Precision#AUTO}.
 *
 * <p>Float takes a view when both hold:
 * <ul>
 *   <li><b>pixels stay apart with margin</b>: the pixel step (the smaller of {@code dx, dy}) is at
 *       least {@value #MIN_STEP_IN_ULPS} float ulps of the largest coordinate magnitude in the view
 *       (at least 2, since orbits of interest live in {@code |z| <= 2}). Rounding {@code c} to float
 *       then moves a pixel by at most 1/{@value #MIN_STEP_IN_ULPS} of a step: no two neighbours
 *       merge and the grid stays even;</li>
 *   <li><b>counts are not degraded</b>: {@code maxIter <= }{@value #MAX_ITER}. Every step adds a
 *       rounding error of about a float ulp to the orbit, and near the set's boundary the orbit
 *       amplifies it; with few iterations the errors stay below what moves a count.</li>
 * </ul>
 * The two thresholds come from measured agreement with the double kernel ({@code bench/run
 * precision}, docs/precision-agreement.md): over five landmarks, views with a step of 6290
 * float ulps or more gave the identical count on at least 98.6% of pixels up to 1000 iterations,
 * while at 2100 ulps the boundary-rich landmarks fell to 96-97% and at 60 ulps to 91-92%. More
 * iterations cost a little more (98.4% at 5000 on the worst landmark). In practice float takes the overview: a 1000-pixel-wide window up to a span of about
 * 1, a 4K one up to about 4. Where either test fails, double runs.
 */
public final class PrecisionRule {

    /** Smallest pixel step, in float ulps of the view's largest coordinate, that float accepts. */
    public static final double MIN_STEP_IN_ULPS = 4096;

    /** Largest iteration limit that float accepts. */
    public static final int MAX_ITER = 1000;

    private PrecisionRule() {
    }

    /** Whether float resolves {@code view} at {@code maxIter} (the auto rule). */
    public static boolean floatResolves(Viewport view, int maxIter) {
        return maxIter <= MAX_ITER && stepInFloatUlps(view) >= MIN_STEP_IN_ULPS;
    }

    /** The pixel step in units of the float ulp at the view's largest coordinate magnitude (at least 2). */
    public static double stepInFloatUlps(Viewport view) {
        double scale = Math.max(2.0, Math.max(Math.max(Math.abs(view.xMin()), Math.abs(view.xMax())),
                Math.max(Math.abs(view.yMin()), Math.abs(view.yMax()))));
        double ulp = Math.ulp((float) Math.min(scale, Float.MAX_VALUE));
        return Math.min(view.dx(), view.dy()) / ulp;
    }

    /** {@code FLOAT} or {@code DOUBLE}: what {@code precision} means for this view. */
    public static Precision resolve(Precision precision, Viewport view, int maxIter) {
        return switch (precision) {
            case AUTO -> floatResolves(view, maxIter) ? Precision.FLOAT : Precision.DOUBLE;
            case FLOAT, DOUBLE -> precision;
        };
    }
}
