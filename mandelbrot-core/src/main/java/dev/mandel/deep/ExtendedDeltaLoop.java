package dev.mandel.deep;

/**
 * The delta loop for views below double's range (docs/deep-zoom.md, section 6). A pixel's delta
 * starts in extended range and moves to plain double as soon as it is large enough
 * ({@code |e| >= 2^-500}), where {@code e^2}, the rounded {@code dc} and every table product stay
 * in range or are negligible against {@code e}; it moves back if it falls below {@code 2^-700}.
 * In the double phase a BLA step still forms {@code B dc} in extended range and rounds the
 * product, because {@code B} alone may overflow double and {@code dc} alone underflows it.
 */
final class ExtendedDeltaLoop implements DeltaLoop {

    private static final int WIDE_FROM = -500;
    private static final double NARROW_BELOW = 0x1p-700;
    /** Below this |Z| the orbit value may be smaller than a tiny delta: check the rebase exactly. */
    private static final double SMALL_REFERENCE = 0x1p-440;

    private final double[] zRe;
    private final double[] zIm;
    private final double[] gap;
    private final int last;
    private final BlaTable t;

    ExtendedDeltaLoop(ReferenceOrbit orbit, BlaTable table) {
        this.zRe = orbit.re();
        this.zIm = orbit.im();
        this.gap = orbit.radiusGap();
        this.last = orbit.length() - 1;
        this.t = table;
    }

    @Override
    public String numberType() {
        return "extended range (double mantissa, int exponent), double once deltas allow";
    }

    @Override
    public int iterate(double dcRe, double dcIm, int dcExp, int maxIter, StepCounter steps) {
        final double dcr = FloatExp.scalb(dcRe, dcExp);
        final double dci = FloatExp.scalb(dcIm, dcExp);
        final BlaTable t = this.t;
        final int topLevel = t.levels - 1;
        ExtComplex z = steps.z.set(0, 0, 0);
        ExtComplex tmp = steps.tmp;
        boolean wide = false;
        double wr = 0;
        double wi = 0;
        int m = 0;
        int n = 0;
        long perturbation = 0;
        long bla = 0;
        while (n < maxIter) {
            double refR = zRe[m];
            double refI = zIm[m];
            if (wide) {
                double zz = wr * wr + wi * wi;
                double outside = gap[m] + 2 * (refR * wr + refI * wi) + zz;
                if (outside > 0 || (outside == 0 && gap[m] == 0 && (wr != 0 || wi != 0))) {
                    return escaped(steps, n, outside, perturbation, bla);
                }
                double fr = refR + wr;
                double fi = refI + wi;
                if (fr * fr + fi * fi < zz || m == last) {
                    wr = fr;
                    wi = fi;
                    m = 0;
                    refR = 0;
                    refI = 0;
                }
                int level = m > 0 && topLevel >= 0
                        ? level(m, Math.abs(wr) + Math.abs(wi), 0, maxIter - n, t.radiusWide, null) : -1;
                if (level >= 0) {
                    int at = t.offset[level] + ((m - 1) >>> level);
                    double ar = t.aReD[at];
                    double ai = t.aImD[at];
                    int e = t.bExp[at] + dcExp;
                    double br = FloatExp.scalb(t.bRe[at] * dcRe - t.bIm[at] * dcIm, e);
                    double bi = FloatExp.scalb(t.bRe[at] * dcIm + t.bIm[at] * dcRe, e);
                    double nr = ar * wr - ai * wi + br;
                    wi = ar * wi + ai * wr + bi;
                    wr = nr;
                    m += 1 << level;
                    n += 1 << level;
                    bla++;
                } else {
                    double tr = 2 * refR + wr;
                    double ti = 2 * refI + wi;
                    double nr = tr * wr - ti * wi + dcr;
                    wi = tr * wi + ti * wr + dci;
                    wr = nr;
                    m++;
                    n++;
                    perturbation++;
                }
                if (Math.abs(wr) + Math.abs(wi) < NARROW_BELOW) {
                    z.set(wr, wi, 0);
                    wide = false;
                }
                continue;
            }
            // Extended phase: |e| < 2^-500, so |e|^2 only matters where the orbit sits exactly on
            // the circle (gap 0, as for c = -2); there the sign of 2 Re(conj(Z) e) + |e|^2 decides.
            double dot = 2 * (refR * z.re + refI * z.im);
            double outside = gap[m] + FloatExp.scalb(dot, z.exp);
            if (outside > 0 || (gap[m] == 0 && onCircleOutside(dot, z))) {
                return escaped(steps, n, outside, perturbation, bla);
            }
            if (m == last || Math.abs(refR) + Math.abs(refI) < SMALL_REFERENCE) {
                tmp.set(refR, refI, 0).add(z.re, z.im, z.exp);
                if (m == last || smaller(tmp, z)) {
                    z.set(tmp.re, tmp.im, tmp.exp);
                    m = 0;
                    refR = 0;
                    refI = 0;
                    if (z.exp > WIDE_FROM) {
                        wr = z.reDouble();
                        wi = z.imDouble();
                        wide = true;
                        continue;
                    }
                }
            }
            int level = m > 0 && topLevel >= 0
                    ? level(m, Math.abs(z.re) + Math.abs(z.im), z.exp, maxIter - n, t.radius, t.radiusExp) : -1;
            if (level >= 0) {
                int at = t.offset[level] + ((m - 1) >>> level);
                z.multiply(t.aRe[at], t.aIm[at], t.aExp[at]);
                z.add(t.bRe[at] * dcRe - t.bIm[at] * dcIm, t.bRe[at] * dcIm + t.bIm[at] * dcRe, t.bExp[at] + dcExp);
                m += 1 << level;
                n += 1 << level;
                bla++;
            } else {
                // e' = (2Z + e) e + dc
                tmp.set(2 * refR, 2 * refI, 0).add(z.re, z.im, z.exp).multiply(z.re, z.im, z.exp)
                        .add(dcRe, dcIm, dcExp);
                z.set(tmp.re, tmp.im, tmp.exp);
                m++;
                n++;
                perturbation++;
            }
            if (z.exp > WIDE_FROM) {
                wr = z.reDouble();
                wi = z.imDouble();
                wide = true;
            }
        }
        steps.perturbation += perturbation;
        steps.bla += bla;
        steps.escapeMag2 = 0;
        return maxIter;
    }

    /**
     * The longest valid block from orbit index {@code m} for a delta of size
     * {@code size * 2^sizeExp}, or -1. Radii shrink as blocks from one start grow, so it climbs
     * from single steps and stops at the first invalid level. {@code radiusExp} null means the
     * radii are plain doubles.
     */
    private int level(int m, double size, int sizeExp, int budget, double[] radius, int[] radiusExp) {
        int from = m - 1;
        int highest = Math.min(Integer.numberOfTrailingZeros(from), t.levels - 1);
        int level = -1;
        for (int k = 0; k <= highest; k++) {
            int j = from >>> k;
            if (j >= t.count[k] || (1 << k) > budget) {
                break;
            }
            int at = t.offset[k] + j;
            boolean inside = radiusExp == null
                    ? size < radius[at]
                    : FloatExp.scalb(size, sizeExp - radiusExp[at]) < radius[at];
            if (!inside) {
                break;
            }
            level = k;
        }
        return level;
    }

    /**
     * For an orbit value exactly on the circle: whether {@code 2 Re(conj(Z) e) + |e|^2 > 0}, given
     * {@code dot = 2 Re(conj(Z) e) / 2^exp}. Both terms are compared in extended range, since
     * {@code |e|^2} alone is far below double's range at depth.
     */
    private static boolean onCircleOutside(double dot, ExtComplex e) {
        double square = e.re * e.re + e.im * e.im;
        if (dot >= 0) {
            return dot > 0 || square > 0;
        }
        return FloatExp.scalb(square, e.exp) > -dot;
    }

    /** Whether {@code |a| < |b|} for normalised values. */
    private static boolean smaller(ExtComplex a, ExtComplex b) {
        if (a.re == 0 && a.im == 0) {
            return !(b.re == 0 && b.im == 0);
        }
        if (b.re == 0 && b.im == 0) {
            return false;
        }
        // Mantissas are within [0.5, 1.5) in magnitude, so exponents 3 apart decide alone.
        int d = a.exp - b.exp;
        if (d > 2 || d < -2) {
            return d < 0;
        }
        return Math.scalb(Math.hypot(a.re, a.im), d) < Math.hypot(b.re, b.im);
    }

    private static int escaped(StepCounter steps, int n, double outside, long perturbation, long bla) {
        steps.perturbation += perturbation;
        steps.bla += bla;
        steps.escapeMag2 = outside + 4;
        return n;
    }
}
