package dev.mandel.kernel;

import dev.mandel.view.Viewport;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The escape-time loop on {@link DoubleVector}s of the preferred species (8 doubles with AVX-512).
 *
 * <p>This is the only class in the project that imports {@code jdk.incubator.vector}; the
 * {@link KernelProvider} loads it reflectively so that the rest of the engine runs without the
 * incubator module.
 *
 * <p>Why interleave: each iteration is a chain of dependent FMAs (about 4 cycles latency each), so
 * one vector in flight leaves the two FMA ports mostly idle. Stepping {@code interleave}
 * independent vectors of neighbouring pixels in the same loop gives the out-of-order core
 * independent work to overlap. The price is divergence: a block runs until its slowest lane
 * escapes, so wider blocks waste more lane-steps at the set's edge. The default was chosen by
 * the {@code bench} module's interleave sweep.
 *
 * <p>Exactness: lane {@code k} of the first vector gets {@code xMin + (i0 + k) * dx}, with the
 * integer {@code i0 + k} formed exactly in double before the multiply, as the scalar kernel does.
 * Each lane's count grows only while its mask is set; once {@code |z|^2 > 4} the lane is frozen and
 * its count is final, so results equal the scalar kernel's bit for bit.
 */
final class VectorKernel implements EscapeKernel {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** Ints with as many lanes as {@link #SPECIES}, for storing counts straight into an int[]. */
    private static final VectorSpecies<Integer> INT_SPECIES =
            VectorSpecies.of(int.class, VectorShape.forBitSize(SPECIES.vectorBitSize() / 2));
    private static final DoubleVector IOTA = DoubleVector.zero(SPECIES).addIndex(1);
    /*
     * Constants as vectors, not scalars: x.compare(GT, 4.0) would broadcast on every call, and in
     * the 4-way loop the extra IR nodes push C2 past its inlining node budget, at which point Vector
     * API calls stop being intrinsified and the loop boxes vectors. They are used only as operands:
     * a static vector as the initial value of a loop variable makes C2 keep that variable boxed
     * (a heap object per step), so loop variables start from DoubleVector.zero/broadcast instead.
     */
    private static final DoubleVector BAILOUT = DoubleVector.broadcast(SPECIES, 4.0);
    private static final DoubleVector ONE = DoubleVector.broadcast(SPECIES, 1.0);
    private static final DoubleVector ZERO = DoubleVector.zero(SPECIES);
    /** Steps between "is any lane still active?" tests (see the note above block1). */
    private static final int CHECK_EVERY = 8;

    /** Interleave used when none is given: the fastest in the bench module's sweep on AVX-512. */
    static final int DEFAULT_INTERLEAVE = 4;

    private static final ThreadLocal<double[]> BLOCK_COUNTS = ThreadLocal.withInitial(() -> new double[0]);

    private final int interleave;

    VectorKernel(int interleave) {
        if (interleave != 1 && interleave != 2 && interleave != 4) {
            throw new IllegalArgumentException("vector interleave must be 1, 2 or 4, got " + interleave);
        }
        this.interleave = interleave;
    }

    /** Doubles per vector on this machine. */
    static int lanes() {
        return LANES;
    }

    @Override
    public String name() {
        return "vector";
    }

    int interleave() {
        return interleave;
    }

    @Override
    public long row(Viewport view, int row, int maxIter, int[] counts, int offset) {
        double xMin = view.xMin();
        double dx = view.dx();
        DoubleVector ci = DoubleVector.broadcast(SPECIES, view.im(row));
        int width = view.width();
        VectorMask<Double> all = SPECIES.maskAll(true);
        long sum = 0;
        int i = 0;
        if (interleave == 4 && width >= 4 * LANES) {
            // block4 stores its counts as doubles: converting and storing ints for four vectors
            // as well would push it past C2's inlining budget (see the note on the constants).
            int blocked = width - width % (4 * LANES);
            double[] blockCounts = blockCountsBuffer(blocked);
            for (; i < blocked; i += 4 * LANES) {
                block4(xMin, dx, ci, i, maxIter, blockCounts);
            }
            for (int p = 0; p < blocked; p++) {
                int n = (int) blockCounts[p];
                counts[offset + p] = n;
                sum += n;
            }
        }
        if (interleave >= 2) {
            for (; i <= width - 2 * LANES; i += 2 * LANES) {
                sum += block2(xMin, dx, ci, i, maxIter, counts, offset + i);
            }
        }
        for (; i <= width - LANES; i += LANES) {
            sum += block1(xMin, dx, ci, i, maxIter, counts, offset + i, all);
        }
        if (i < width) {
            // Tail: lanes past the row's end start inactive, so they never count and are not stored.
            sum += block1(xMin, dx, ci, i, maxIter, counts, offset + i, SPECIES.indexInRange(i, width));
        }
        return sum;
    }

    @Override
    public long smoothRow(Viewport view, int row, int maxIter, int[] counts, double[] escapeMag2, int offset) {
        double xMin = view.xMin();
        double dx = view.dx();
        DoubleVector ci = DoubleVector.broadcast(SPECIES, view.im(row));
        int width = view.width();
        long sum = 0;
        for (int i = 0; i < width; i += LANES) {
            VectorMask<Double> inRow = SPECIES.indexInRange(i, width);
            sum += smoothBlock(xMin, dx, ci, i, maxIter, counts, escapeMag2, offset + i, inRow);
        }
        return sum;
    }

    /** A worker's reusable row of double counts for {@link #block4}: no allocation per row. */
    private static double[] blockCountsBuffer(int length) {
        double[] buffer = BLOCK_COUNTS.get();
        if (buffer.length < length) {
            buffer = new double[length];
            BLOCK_COUNTS.set(buffer);
        }
        return buffer;
    }

    /** Real parts of pixels {@code i0 .. i0 + LANES - 1}, exactly as the scalar kernel forms them. */
    private static DoubleVector columnRe(double xMin, double dx, int i0) {
        return IOTA.add((double) i0).mul(dx).add(xMin);
    }

    /*
     * The loops below keep, per vector, an "active" vector of 1.0 (still iterating) or 0.0
     * (escaped) instead of a VectorMask. Counting is then a plain add (n += active), the escape test
     * a blend (active = 0 where |z|^2 > 4), and an escaped lane stays frozen: its active lane is 0
     * for good, so its count never grows again. Masks would be shorter to write, but with four of
     * them live across the loop C2 runs out of AVX-512 mask registers and spills them to the stack
     * on every step. Whether any lane is still active is asked only every CHECK_EVERY steps; the
     * few extra steps after a block finishes cost nothing but time, never a count.
     */

    private static long block1(double xMin, double dx, DoubleVector ci, int i0, int maxIter,
                               int[] out, int at, VectorMask<Double> lanes) {
        DoubleVector cr = columnRe(xMin, dx, i0);
        DoubleVector x = DoubleVector.zero(SPECIES);
        DoubleVector y = x;
        DoubleVector n = x;
        DoubleVector active = x.blend(DoubleVector.broadcast(SPECIES, 1.0), lanes);
        for (int k = 0; k < maxIter; ) {
            for (int stop = Math.min(maxIter, k + CHECK_EVERY); k < stop; k++) {
                DoubleVector y2 = y.mul(y);
                active = active.blend(ZERO, x.fma(x, y2).compare(VectorOperators.GT, BAILOUT));
                n = n.add(active);
                DoubleVector yNew = x.add(x).fma(y, ci);
                x = x.fma(x, cr.sub(y2));
                y = yNew;
            }
            if (!active.compare(VectorOperators.GT, ZERO).anyTrue()) {
                break;
            }
        }
        return store(n, out, at, lanes);
    }

    private static long block2(double xMin, double dx, DoubleVector ci, int i0, int maxIter, int[] out, int at) {
        DoubleVector cr0 = columnRe(xMin, dx, i0);
        DoubleVector cr1 = columnRe(xMin, dx, i0 + LANES);
        DoubleVector zero = DoubleVector.zero(SPECIES);
        DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
        DoubleVector x0 = zero, y0 = zero, n0 = zero, a0 = one;
        DoubleVector x1 = zero, y1 = zero, n1 = zero, a1 = one;
        for (int k = 0; k < maxIter; ) {
            for (int stop = Math.min(maxIter, k + CHECK_EVERY); k < stop; k++) {
                DoubleVector yy0 = y0.mul(y0);
                DoubleVector yy1 = y1.mul(y1);
                a0 = a0.blend(ZERO, x0.fma(x0, yy0).compare(VectorOperators.GT, BAILOUT));
                a1 = a1.blend(ZERO, x1.fma(x1, yy1).compare(VectorOperators.GT, BAILOUT));
                n0 = n0.add(a0);
                n1 = n1.add(a1);
                DoubleVector yNew0 = x0.add(x0).fma(y0, ci);
                DoubleVector yNew1 = x1.add(x1).fma(y1, ci);
                x0 = x0.fma(x0, cr0.sub(yy0));
                x1 = x1.fma(x1, cr1.sub(yy1));
                y0 = yNew0;
                y1 = yNew1;
            }
            if (!a0.add(a1).compare(VectorOperators.GT, ZERO).anyTrue()) {
                break;
            }
        }
        VectorMask<Double> all = SPECIES.maskAll(true);
        return store(n0, out, at, all) + store(n1, out, at + LANES, all);
    }

    private static void block4(double xMin, double dx, DoubleVector ci, int i0, int maxIter, double[] out) {
        DoubleVector cr0 = columnRe(xMin, dx, i0);
        DoubleVector cr1 = columnRe(xMin, dx, i0 + LANES);
        DoubleVector cr2 = columnRe(xMin, dx, i0 + 2 * LANES);
        DoubleVector cr3 = columnRe(xMin, dx, i0 + 3 * LANES);
        DoubleVector zero = DoubleVector.zero(SPECIES);
        DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
        DoubleVector x0 = zero, y0 = zero, n0 = zero, a0 = one;
        DoubleVector x1 = zero, y1 = zero, n1 = zero, a1 = one;
        DoubleVector x2 = zero, y2 = zero, n2 = zero, a2 = one;
        DoubleVector x3 = zero, y3 = zero, n3 = zero, a3 = one;
        for (int k = 0; k < maxIter; ) {
            for (int stop = Math.min(maxIter, k + CHECK_EVERY); k < stop; k++) {
                DoubleVector yy0 = y0.mul(y0);
                DoubleVector yy1 = y1.mul(y1);
                DoubleVector yy2 = y2.mul(y2);
                DoubleVector yy3 = y3.mul(y3);
                a0 = a0.blend(zero, x0.fma(x0, yy0).compare(VectorOperators.GT, BAILOUT));
                a1 = a1.blend(zero, x1.fma(x1, yy1).compare(VectorOperators.GT, BAILOUT));
                a2 = a2.blend(zero, x2.fma(x2, yy2).compare(VectorOperators.GT, BAILOUT));
                a3 = a3.blend(zero, x3.fma(x3, yy3).compare(VectorOperators.GT, BAILOUT));
                n0 = n0.add(a0);
                n1 = n1.add(a1);
                n2 = n2.add(a2);
                n3 = n3.add(a3);
                DoubleVector yNew0 = x0.add(x0).fma(y0, ci);
                DoubleVector yNew1 = x1.add(x1).fma(y1, ci);
                DoubleVector yNew2 = x2.add(x2).fma(y2, ci);
                DoubleVector yNew3 = x3.add(x3).fma(y3, ci);
                x0 = x0.fma(x0, cr0.sub(yy0));
                x1 = x1.fma(x1, cr1.sub(yy1));
                x2 = x2.fma(x2, cr2.sub(yy2));
                x3 = x3.fma(x3, cr3.sub(yy3));
                y0 = yNew0;
                y1 = yNew1;
                y2 = yNew2;
                y3 = yNew3;
            }
            if (!a0.add(a1).add(a2.add(a3)).compare(VectorOperators.GT, zero).anyTrue()) {
                break;
            }
        }
        n0.intoArray(out, i0);
        n1.intoArray(out, i0 + LANES);
        n2.intoArray(out, i0 + 2 * LANES);
        n3.intoArray(out, i0 + 3 * LANES);
    }

    private static long smoothBlock(double xMin, double dx, DoubleVector ci, int i0, int maxIter,
                                    int[] out, double[] escapeMag2, int at, VectorMask<Double> lanes) {
        DoubleVector cr = columnRe(xMin, dx, i0);
        DoubleVector x = DoubleVector.zero(SPECIES);
        DoubleVector y = x;
        DoubleVector n = x;
        DoubleVector atEscape = x;
        VectorMask<Double> active = lanes;
        for (int k = 0; k < maxIter; k++) {
            DoubleVector y2 = y.mul(y);
            DoubleVector mag2 = x.fma(x, y2);
            VectorMask<Double> escapedNow = active.and(mag2.compare(VectorOperators.GT, BAILOUT));
            atEscape = atEscape.blend(mag2, escapedNow);
            active = active.andNot(escapedNow);
            if (!active.anyTrue()) {
                break;
            }
            n = n.add(ONE, active);
            DoubleVector yNew = x.add(x).fma(y, ci);
            x = x.fma(x, cr.sub(y2));
            y = yNew;
        }
        atEscape.intoArray(escapeMag2, at, lanes);
        return store(n, out, at, lanes);
    }

    /** Stores the lanes' counts as ints and returns their sum (exact: counts are small integers). */
    private static long store(DoubleVector n, int[] out, int at, VectorMask<Double> lanes) {
        IntVector counts = (IntVector) n.convertShape(VectorOperators.D2I, INT_SPECIES, 0);
        counts.intoArray(out, at, lanes.cast(INT_SPECIES));
        return (long) n.reduceLanes(VectorOperators.ADD);
    }
}
