package dev.mandel.deep;

/**
 * The delta loop in plain double, for views whose pixel offsets and BLA coefficients fit double
 * (spans down to about 1e-290): perturbation with rebasing, the largest valid BLA block at every
 * step, and the escape test of docs/deep-zoom.md section 4.
 */
final class DoubleDeltaLoop implements DeltaLoop {

    private final double[] zRe;
    private final double[] zIm;
    private final double[] gap;
    private final int last;
    private final BlaTable t;

    DoubleDeltaLoop(ReferenceOrbit orbit, BlaTable table) {
        this.zRe = orbit.re();
        this.zIm = orbit.im();
        this.gap = orbit.radiusGap();
        this.last = orbit.length() - 1;
        this.t = table;
    }

    @Override
    public String numberType() {
        return "double";
    }

    @Override
    public int iterate(double dcRe, double dcIm, int dcExp, int maxIter, StepCounter steps) {
        return resume(FloatExp.scalb(dcRe, dcExp), FloatExp.scalb(dcIm, dcExp), 0, 0, 0, 0, maxIter, steps);
    }

    /**
     * Continues a pixel with offset {@code dcr + i dci} from delta {@code z0} at orbit index
     * {@code m0} after {@code n0} iterations, at the top of a step (before its escape test);
     * {@link VectorDeltaLoop} hands its last lanes over this way.
     */
    int resume(double dcr, double dci, double zr0, double zi0, int m0, int n0, int maxIter, StepCounter steps) {
        final double[] zRe = this.zRe;
        final double[] zIm = this.zIm;
        final double[] gap = this.gap;
        final BlaTable t = this.t;
        final int[] offset = t.offset;
        final int topLevel = t.levels - 1;
        double zr = zr0;
        double zi = zi0;
        int m = m0;
        int n = n0;
        long perturbation = 0;
        long bla = 0;
        while (n < maxIter) {
            double refR = zRe[m];
            double refI = zIm[m];
            double zz = zr * zr + zi * zi;
            // |Z + z|^2 - 4 with |Z|^2 - 4 from the high-precision orbit (section 4).
            double outside = gap[m] + 2 * (refR * zr + refI * zi) + zz;
            // On the circle (|Z|^2 = 4 exactly) with a delta orthogonal to Z, |z|^2 may underflow
            // to 0 while the true value is 4 + |z|^2 > 4: the pixel has escaped.
            if (outside > 0 || (outside == 0 && gap[m] == 0 && (zr != 0 || zi != 0))) {
                steps.perturbation += perturbation;
                steps.bla += bla;
                steps.escapeMag2 = outside + 4;
                return n;
            }
            double fr = refR + zr;
            double fi = refI + zi;
            if (fr * fr + fi * fi < zz || m == last) {
                // Rebase (section 3): continue from the orbit's start with the full value.
                zr = fr;
                zi = fi;
                m = 0;
                refR = 0;
                refI = 0;
            }
            if (m > 0 && topLevel >= 0) {
                int level = t.level(m, Math.abs(zr) + Math.abs(zi), maxIter - n);
                if (level >= 0) {
                    int at = offset[level] + ((m - 1) >>> level);
                    final double[] c = t.coefficientsD;
                    double ar = c[4 * at];
                    double ai = c[4 * at + 1];
                    double br = c[4 * at + 2];
                    double bi = c[4 * at + 3];
                    double nr = ar * zr - ai * zi + (br * dcr - bi * dci);
                    zi = ar * zi + ai * zr + (br * dci + bi * dcr);
                    zr = nr;
                    m += 1 << level;
                    n += 1 << level;
                    bla++;
                    continue;
                }
            }
            // z' = (2Z + z) z + dc
            double tr = 2 * refR + zr;
            double ti = 2 * refI + zi;
            double nr = tr * zr - ti * zi + dcr;
            zi = tr * zi + ti * zr + dci;
            zr = nr;
            m++;
            n++;
            perturbation++;
        }
        steps.perturbation += perturbation;
        steps.bla += bla;
        steps.escapeMag2 = 0;
        return maxIter;
    }
}
