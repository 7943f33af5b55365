package dev.mandel.deep;

/**
 * Bilinear approximations of the delta recurrence along one reference orbit
 * (docs/deep-zoom.md, section 5): for a block of {@code l = 2^k} steps starting at orbit index
 * {@code m}, {@code e_{m+l} ~ A e_m + B dc} while {@code |e_m| < R}.
 *
 * <p>Level 0 holds single steps ({@code A = 2 Z_m}, {@code B = 1}, {@code R = eps |A|}) for
 * {@code m = 1 .. length-2}; level {@code k} merges neighbouring pairs of level {@code k-1}, so its
 * block {@code j} starts at {@code m = 1 + j 2^k} and ends inside the orbit. All levels sit in
 * flat arrays, level {@code k} from {@code offset[k]}.
 *
 * <p>Coefficients are kept twice: in extended range (mantissa arrays with one exponent per
 * complex value) for views below double's range, and rounded to double for the double kernels;
 * a double that overflows marks its block unusable there ({@code radius} 0). The radii depend on
 * the largest {@code |dc|} of the view, so a table belongs to one orbit and one view extent.
 */
public final class BlaTable {

    /**
     * Relative size of the neglected quadratic term. Measured on the correctness grids
     * (DeepAgreementTest): 2^-24 gave 97.7% identical pixels at the fail2 location (off by up to
     * 143 iterations) and 240 steps per pixel on the Flake; 2^-32 gives 100% on every grid for
     * 292 steps; 2^-48 also 100% but 541 steps.
     */
    public static final double DEFAULT_EPSILON = 0x1p-32;

    final int levels;
    final int[] offset;
    final int[] count;
    // Extended range: value = (re + i im) * 2^exp.
    final double[] aRe;
    final double[] aIm;
    final int[] aExp;
    final double[] bRe;
    final double[] bIm;
    final int[] bExp;
    final double[] radius;
    final int[] radiusExp;
    // Rounded to double.
    final double[] aReD;
    final double[] aImD;
    final double[] bReD;
    final double[] bImD;
    final double[] radiusD;
    /**
     * {@code A} and {@code B} in double, packed {@code [aRe, aIm, bRe, bIm]} per block: the double
     * loop reads one block's four coefficients from one cache line instead of four arrays.
     */
    final double[] coefficientsD;
    /** As {@link #radiusD} but needing only {@code A} in double: the extended loop forms {@code B dc} itself. */
    final double[] radiusWide;
    private final long nanos;

    private BlaTable(int levels, int[] offset, int[] count, int total) {
        this.levels = levels;
        this.offset = offset;
        this.count = count;
        aRe = new double[total];
        aIm = new double[total];
        aExp = new int[total];
        bRe = new double[total];
        bIm = new double[total];
        bExp = new int[total];
        radius = new double[total];
        radiusExp = new int[total];
        aReD = new double[total];
        aImD = new double[total];
        bReD = new double[total];
        bImD = new double[total];
        radiusD = new double[total];
        coefficientsD = new double[4 * total];
        radiusWide = new double[total];
        nanos = 0;
    }

    private BlaTable(BlaTable t, long nanos) {
        levels = t.levels;
        offset = t.offset;
        count = t.count;
        aRe = t.aRe;
        aIm = t.aIm;
        aExp = t.aExp;
        bRe = t.bRe;
        bIm = t.bIm;
        bExp = t.bExp;
        radius = t.radius;
        radiusExp = t.radiusExp;
        aReD = t.aReD;
        aImD = t.aImD;
        bReD = t.bReD;
        bImD = t.bImD;
        radiusD = t.radiusD;
        coefficientsD = t.coefficientsD;
        radiusWide = t.radiusWide;
        this.nanos = nanos;
    }

    /** Builds the table for {@code orbit} and pixels whose {@code |dc|} is at most {@code dcMax}. */
    public static BlaTable build(ReferenceOrbit orbit, FloatExp dcMax, double epsilon) {
        long t0 = System.nanoTime();
        int singles = Math.max(0, orbit.length() - 2);
        int levels = 0;
        int total = 0;
        for (int c = singles; c >= 1; c >>= 1) {
            levels++;
            total += c;
        }
        int[] offset = new int[Math.max(levels, 1)];
        int[] count = new int[Math.max(levels, 1)];
        int at = 0;
        int c = singles;
        for (int k = 0; k < levels; k++) {
            offset[k] = at;
            count[k] = c;
            at += c;
            c >>= 1;
        }
        BlaTable t = new BlaTable(levels, offset, count, total);
        double[] zr = orbit.re();
        double[] zi = orbit.im();
        for (int j = 0; j < singles; j++) {
            int m = 1 + j;
            t.set(j, FloatExp.of(2 * zr[m]), FloatExp.of(2 * zi[m]), FloatExp.of(1), FloatExp.ZERO,
                    FloatExp.of(epsilon * 2 * Math.hypot(zr[m], zi[m])));
        }
        for (int k = 1; k < levels; k++) {
            for (int j = 0; j < count[k]; j++) {
                t.merge(offset[k - 1] + 2 * j, offset[k - 1] + 2 * j + 1, offset[k] + j, dcMax);
            }
        }
        return new BlaTable(t, System.nanoTime() - t0);
    }

    /** Block {@code x} then block {@code y} as one block at {@code into}. */
    private void merge(int x, int y, int into, FloatExp dcMax) {
        FloatExp axr = FloatExp.of(aRe[x], aExp[x]);
        FloatExp axi = FloatExp.of(aIm[x], aExp[x]);
        FloatExp bxr = FloatExp.of(bRe[x], bExp[x]);
        FloatExp bxi = FloatExp.of(bIm[x], bExp[x]);
        FloatExp ayr = FloatExp.of(aRe[y], aExp[y]);
        FloatExp ayi = FloatExp.of(aIm[y], aExp[y]);
        FloatExp byr = FloatExp.of(bRe[y], bExp[y]);
        FloatExp byi = FloatExp.of(bIm[y], bExp[y]);
        FloatExp ar = ayr.times(axr).minus(ayi.times(axi));
        FloatExp ai = ayr.times(axi).plus(ayi.times(axr));
        FloatExp br = ayr.times(bxr).minus(ayi.times(bxi)).plus(byr);
        FloatExp bi = ayr.times(bxi).plus(ayi.times(bxr)).plus(byi);
        FloatExp rx = FloatExp.of(radius[x], radiusExp[x]);
        FloatExp ry = FloatExp.of(radius[y], radiusExp[y]);
        FloatExp axAbs = abs(axr, axi);
        FloatExp room = ry.minus(abs(bxr, bxi).times(dcMax));
        FloatExp r;
        if (room.signum() <= 0 || rx.isZero()) {
            r = FloatExp.ZERO;
        } else if (axAbs.isZero()) {
            r = rx;
        } else {
            FloatExp reach = room.divide(axAbs);
            r = reach.compareTo(rx) < 0 ? reach : rx;
        }
        set(into, ar, ai, br, bi, r);
    }

    private static FloatExp abs(FloatExp re, FloatExp im) {
        int e = Math.max(re.exponent(), im.exponent());
        if (re.isZero() && im.isZero()) {
            return FloatExp.ZERO;
        }
        double h = Math.hypot(FloatExp.scalb(re.mantissa(), re.exponent() - e),
                FloatExp.scalb(im.mantissa(), im.exponent() - e));
        return FloatExp.of(h, e);
    }

    private void set(int at, FloatExp ar, FloatExp ai, FloatExp br, FloatExp bi, FloatExp r) {
        int ea = Math.max(ar.exponent(), ai.exponent());
        aRe[at] = FloatExp.scalb(ar.mantissa(), ar.exponent() - ea);
        aIm[at] = FloatExp.scalb(ai.mantissa(), ai.exponent() - ea);
        aExp[at] = ea;
        int eb = Math.max(br.exponent(), bi.exponent());
        bRe[at] = FloatExp.scalb(br.mantissa(), br.exponent() - eb);
        bIm[at] = FloatExp.scalb(bi.mantissa(), bi.exponent() - eb);
        bExp[at] = eb;
        radius[at] = r.mantissa();
        radiusExp[at] = r.exponent();
        aReD[at] = ar.toDouble();
        aImD[at] = ai.toDouble();
        bReD[at] = br.toDouble();
        bImD[at] = bi.toDouble();
        coefficientsD[4 * at] = aReD[at];
        coefficientsD[4 * at + 1] = aImD[at];
        coefficientsD[4 * at + 2] = bReD[at];
        coefficientsD[4 * at + 3] = bImD[at];
        boolean aFinite = Double.isFinite(aReD[at]) && Double.isFinite(aImD[at]);
        boolean bFinite = Double.isFinite(bReD[at]) && Double.isFinite(bImD[at]);
        radiusD[at] = aFinite && bFinite ? r.toDouble() : 0;
        radiusWide[at] = aFinite ? r.toDouble() : 0;
    }

    /** Levels in the table (the longest block is {@code 2^(levels-1)} steps). */
    public int levels() {
        return levels;
    }

    /** Blocks stored over all levels. */
    public int size() {
        return aRe.length;
    }

    /** Wall time the table took to build. */
    public long nanos() {
        return nanos;
    }

    /**
     * The level of the longest block that starts at orbit index {@code m} ({@code m >= 1}), covers
     * at most {@code budget} iterations and is valid for a delta of size {@code size} (|re| + |im|,
     * a plain double), or -1 when not even a single step is. Radii shrink as blocks from one start
     * grow, so it climbs from single steps and stops at the first invalid level.
     */
    int level(int m, double size, int budget) {
        int from = m - 1;
        int highest = Math.min(Integer.numberOfTrailingZeros(from), levels - 1);
        int level = -1;
        for (int k = 0; k <= highest; k++) {
            int j = from >>> k;
            if (j >= count[k] || (1 << k) > budget || !(size < radiusD[offset[k] + j])) {
                break;
            }
            level = k;
        }
        return level;
    }
}
