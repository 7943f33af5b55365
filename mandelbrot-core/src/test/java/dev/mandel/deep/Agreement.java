package dev.mandel.deep;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The deep kernel's counts beside the direct high-precision iteration of the exact pixel centres
 * on one small grid, and what differs.
 */
record Agreement(DeepView view, int maxIter, int[] deep, int[] direct, String numberType) {

    /** Renders {@code view} both ways; the direct side runs on every core (it is the slow one). */
    static Agreement measure(DeepView view, int maxIter) {
        DeepSetup setup = DeepSetup.prepare(view, maxIter, null, () -> false);
        int w = view.width();
        int[] deep = new int[w * view.height()];
        for (int j = 0; j < view.height(); j++) {
            setup.kernel().row(setup.gridViewport(), j, setup.maxIter(), deep, j * w);
        }
        int bits = view.referenceBits() + 64;
        int limit = setup.maxIter();
        int[] direct = IntStream.range(0, deep.length).parallel()
                .map(p -> DirectIteration.count(view, p % w, p / w, limit, bits)).toArray();
        return new Agreement(view, limit, deep, direct, setup.numberType());
    }

    int identical() {
        int same = 0;
        for (int p = 0; p < deep.length; p++) {
            if (deep[p] == direct[p]) {
                same++;
            }
        }
        return same;
    }

    double identicalShare() {
        return identical() / (double) deep.length;
    }

    int largestDifference() {
        int d = 0;
        for (int p = 0; p < deep.length; p++) {
            d = Math.max(d, Math.abs(deep[p] - direct[p]));
        }
        return d;
    }

    /** Whether the grid has structure (not every pixel the same count), so agreement means something. */
    int distinctCounts() {
        return (int) IntStream.of(direct).distinct().count();
    }

    List<String> differences() {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < deep.length; p++) {
            if (deep[p] != direct[p]) {
                out.add("pixel " + (p % view.width()) + "," + (p / view.width()) + ": deep " + deep[p]
                        + ", direct " + direct[p]);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s, max-iter %d, %s: %d/%d identical (%.2f%%), largest difference %d, %d distinct counts %s",
                view, maxIter, numberType, identical(), deep.length, 100 * identicalShare(), largestDifference(),
                distinctCounts(), differences());
    }
}
