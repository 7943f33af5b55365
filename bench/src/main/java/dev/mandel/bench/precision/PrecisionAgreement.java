package dev.mandel.bench.precision;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.kernel.EscapeKernel;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.kernel.PrecisionKernels;
import dev.mandel.kernel.PrecisionRule;
import dev.mandel.view.Viewport;

import java.util.Locale;

/**
 * The measurement behind {@link PrecisionRule}: for views from the whole set down to spans of
 * 3e-4 around several landmarks, and several iteration limits, how many pixels the float kernel
 * gives the identical escape count as the double kernel, and whether the rule takes float there.
 * Counts, not time: any machine, any load. Run with {@code bench/run precision}.
 *
 * <p>Columns: the pixel step in float ulps of the view's largest coordinate, the share of pixels
 * with identical counts, the share within one iteration, and what the rule picks.
 */
public final class PrecisionAgreement {

    private record Landmark(String name, double re, double im) {
    }

    private static final Landmark[] LANDMARKS = {
        new Landmark("whole set", -0.75, 0.0),
        new Landmark("seahorse valley", -0.7453, 0.1127),
        new Landmark("elephant valley", 0.2925, 0.0149),
        new Landmark("spiral", -0.7746806106269039, -0.1374168856037867),
        new Landmark("needle mini", -1.7687788, 0.0017),
    };
    private static final double[] SPANS = {3, 1, 3e-1, 1e-1, 3e-2, 3e-3, 3e-4};
    private static final int[] MAX_ITERS = {250, 1000, 2000, 5000};
    private static final int WIDTH = 200;
    private static final int HEIGHT = 150;

    private PrecisionAgreement() {
    }

    public static void main(String[] args) {
        EscapeKernel doubles = KernelProvider.forChoice(KernelChoice.AUTO);
        EscapeKernel floats = PrecisionKernels.floatKernel(KernelChoice.AUTO);
        System.out.printf(Locale.ROOT, "# float vs double escape counts, %dx%d views (%s vs %s)%n",
                WIDTH, HEIGHT, floats.name(), doubles.name());
        System.out.println("| landmark | span | max-iter | step / float ulp | identical | within 1 | rule |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        for (Landmark l : LANDMARKS) {
            for (double span : SPANS) {
                Viewport view = Viewport.centered(l.re(), l.im(), span, WIDTH, HEIGHT);
                for (int maxIter : MAX_ITERS) {
                    long[] agreement = compare(view, maxIter, doubles, floats);
                    double pixels = view.pixels();
                    System.out.printf(Locale.ROOT, "| %s | %.0e | %d | %.3g | %.4f | %.4f | %s |%n",
                            l.name(), span, maxIter, PrecisionRule.stepInFloatUlps(view),
                            agreement[0] / pixels, agreement[1] / pixels,
                            PrecisionRule.floatResolves(view, maxIter) ? "float" : "double");
                }
            }
        }
    }

    /** {identical pixels, pixels within one iteration}. */
    static long[] compare(Viewport view, int maxIter, EscapeKernel doubles, EscapeKernel floats) {
        int w = view.width();
        int[] d = new int[w];
        int[] f = new int[w];
        long same = 0;
        long near = 0;
        for (int row = 0; row < view.height(); row++) {
            doubles.row(view, row, maxIter, d, 0);
            floats.row(view, row, maxIter, f, 0);
            for (int i = 0; i < w; i++) {
                same += d[i] == f[i] ? 1 : 0;
                near += Math.abs(d[i] - f[i]) <= 1 ? 1 : 0;
            }
        }
        return new long[] {same, near};
    }
}
