package dev.mandel.deep;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The high-precision orbit {@code Z_0 = 0, Z_{n+1} = Z_n^2 + C} of one reference point, kept as
 * doubles for the perturbation kernels (docs/deep-zoom.md, section 2).
 *
 * <p>Per index it holds {@code Z_n} rounded to double and {@code |Z_n|^2 - 4} computed in fixed
 * point and then rounded, which the escape test needs where the orbit touches the circle of
 * radius 2 (section 4). The orbit stops after its first escaped value or at the limit it was
 * computed to. Instances are immutable once built and shared by every worker; {@link #extendedTo}
 * continues the iteration from the kept fixed-point state into a new instance.
 */
public final class ReferenceOrbit {

    private final BigInteger cr;
    private final BigInteger ci;
    private final int bits;
    private final double[] re;
    private final double[] im;
    private final double[] radiusGap;
    private final int length;
    private final boolean escaped;
    /** Fixed-point state at index {@code length - 1}, to continue from. */
    private final BigInteger lastRe;
    private final BigInteger lastIm;
    private final long nanos;

    private ReferenceOrbit(BigInteger cr, BigInteger ci, int bits, double[] re, double[] im, double[] radiusGap,
                           int length, boolean escaped, BigInteger lastRe, BigInteger lastIm, long nanos) {
        this.cr = cr;
        this.ci = ci;
        this.bits = bits;
        this.re = re;
        this.im = im;
        this.radiusGap = radiusGap;
        this.length = length;
        this.escaped = escaped;
        this.lastRe = lastRe;
        this.lastIm = lastIm;
        this.nanos = nanos;
    }

    /**
     * Iterates {@code C = (cr + i ci) / 2^bits} up to index {@code limit} (or its escape), checking
     * {@code cancelled} every 1024 steps.
     */
    public static ReferenceOrbit compute(BigInteger cr, BigInteger ci, int bits, int limit, BooleanSupplier cancelled) {
        requireLimit(limit);
        double[] re = new double[16];
        double[] im = new double[16];
        double[] gap = new double[16];
        gap[0] = -4;
        ReferenceOrbit start = new ReferenceOrbit(cr, ci, bits, re, im, gap, 1, false,
                BigInteger.ZERO, BigInteger.ZERO, 0);
        return start.extendedTo(limit, cancelled);
    }

    /** The view's centre rounded to the fixed-point grid of {@link DeepView#referenceBits()}. */
    public static ReferenceOrbit forCentre(DeepView view, int limit, BooleanSupplier cancelled) {
        int bits = view.referenceBits();
        return compute(FixedPoint.of(view.centreRe(), bits), FixedPoint.of(view.centreIm(), bits), bits, limit,
                cancelled);
    }

    /**
     * This orbit continued to index {@code limit}; itself when it already reaches that far or has
     * escaped.
     */
    public ReferenceOrbit extendedTo(int limit, BooleanSupplier cancelled) {
        requireLimit(limit);
        if (escaped || length - 1 >= limit) {
            return this;
        }
        long t0 = System.nanoTime();
        int capacity = Math.max(re.length, Math.min(limit + 1, Math.max(2 * length, 1024)));
        double[] nre = Arrays.copyOf(re, capacity);
        double[] nim = Arrays.copyOf(im, capacity);
        double[] ngap = Arrays.copyOf(radiusGap, capacity);
        BigInteger four = BigInteger.valueOf(4).shiftLeft(bits);
        BigInteger x = lastRe;
        BigInteger y = lastIm;
        BigInteger xx = x.multiply(x).shiftRight(bits);
        BigInteger yy = y.multiply(y).shiftRight(bits);
        int n = length - 1;
        boolean out = false;
        while (n < limit) {
            if ((n & 1023) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("reference orbit cancelled");
            }
            // Three multiplications a step: x*y here, x*x and y*y below (reused by the next step).
            BigInteger xy = x.multiply(y).shiftRight(bits - 1);
            x = xx.subtract(yy).add(cr);
            y = xy.add(ci);
            n++;
            xx = x.multiply(x).shiftRight(bits);
            yy = y.multiply(y).shiftRight(bits);
            if (n >= nre.length) {
                int grown = (int) Math.min((long) limit + 1, 2L * nre.length);
                nre = Arrays.copyOf(nre, grown);
                nim = Arrays.copyOf(nim, grown);
                ngap = Arrays.copyOf(ngap, grown);
            }
            nre[n] = FixedPoint.toDouble(x, bits);
            nim[n] = FixedPoint.toDouble(y, bits);
            BigInteger gap = xx.add(yy).subtract(four);
            ngap[n] = FixedPoint.toDouble(gap, bits);
            if (gap.signum() > 0) {
                out = true;
                break;
            }
        }
        return new ReferenceOrbit(cr, ci, bits, nre, nim, ngap, n + 1, out, x, y,
                nanos + System.nanoTime() - t0);
    }

    private static void requireLimit(int limit) {
        if (limit < 1 || limit > 100_000_000) {
            throw new IllegalArgumentException("orbit limit must be between 1 and 100000000, got " + limit);
        }
    }

    /** Values held: {@code Z_0 .. Z_{length-1}}. */
    public int length() {
        return length;
    }

    /** Whether the last value is outside radius 2 (the reference point is not in the set). */
    public boolean escaped() {
        return escaped;
    }

    /** Iterations computed in fixed point (length - 1). */
    public int iterations() {
        return length - 1;
    }

    public int bits() {
        return bits;
    }

    public BigInteger fixedRe() {
        return cr;
    }

    public BigInteger fixedIm() {
        return ci;
    }

    /** Wall time spent iterating, over all extensions. */
    public long nanos() {
        return nanos;
    }

    /** Re Z_n as double. The arrays are shared, not copied: read-only. */
    double[] re() {
        return re;
    }

    double[] im() {
        return im;
    }

    /** {@code |Z_n|^2 - 4}, computed in fixed point, rounded. */
    double[] radiusGap() {
        return radiusGap;
    }

    public double re(int n) {
        return re[n];
    }

    public double im(int n) {
        return im[n];
    }
}
