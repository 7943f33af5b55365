package dev.mandel.deep;

import java.math.BigInteger;

/**
 * The independent reference for deep views: the escape count of DESIGN.md section 2, iterated
 * directly on the exact pixel centre in fixed point with as many bits as asked for (no
 * perturbation, no approximation). Slow on purpose: tests use it on small grids to hold the
 * deep kernels to the semantics of docs/deep-zoom.md, section 1.
 */
public final class DirectIteration {

    private DirectIteration() {
    }

    /** Escape count of pixel {@code (i, j)} of {@code view}, iterated with {@code bits} fraction bits. */
    public static int count(DeepView view, int i, int j, int maxIter, int bits) {
        BigInteger[] c = view.fixedPixel(i, j, bits);
        return count(c[0], c[1], maxIter, bits);
    }

    /** Escape count of {@code c = (cr + i ci) / 2^bits}. */
    public static int count(BigInteger cr, BigInteger ci, int maxIter, int bits) {
        BigInteger four = BigInteger.valueOf(4).shiftLeft(bits);
        BigInteger x = BigInteger.ZERO;
        BigInteger y = BigInteger.ZERO;
        for (int n = 0; n < maxIter; n++) {
            // Squares are kept with 2*bits fraction bits for the test, so |z|^2 > 4 is decided on
            // the exact square of the fixed-point z, not on a rounded one.
            BigInteger xx = x.multiply(x);
            BigInteger yy = y.multiply(y);
            if (xx.add(yy).compareTo(four.shiftLeft(bits)) > 0) {
                return n;
            }
            BigInteger xy = x.multiply(y);
            x = xx.subtract(yy).shiftRight(bits).add(cr);
            y = xy.shiftRight(bits - 1).add(ci);
        }
        return maxIter;
    }

    /** Counts of a whole view, row-major. */
    public static int[] counts(DeepView view, int maxIter, int bits) {
        int[] out = new int[view.width() * view.height()];
        for (int j = 0; j < view.height(); j++) {
            for (int i = 0; i < view.width(); i++) {
                out[j * view.width() + i] = count(view, i, j, maxIter, bits);
            }
        }
        return out;
    }
}
