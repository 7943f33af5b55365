package dev.mandel.kernel;

import dev.mandel.view.Viewport;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The escape-time loop on {@link DoubleVector}s: 8 doubles per vector with AVX-512, fewer when
 * {@link VectorWidth} asks for a narrower species.
 *
 * <p>Which classes import {@code jdk.incubator.vector}: this one, the blocks it drives
 * ({@link VectorBlocks}, generated), its instrumented twin {@link LaneOccupancyKernel}, the float
 * kernel {@link FloatVectorKernel} and the Benchmarks Game rows ({@code pbm.VectorBitmapRows}).
 * The {@link KernelProvider} and {@link LaneOccupancy} load the kernel classes by name, so the rest
 * of the engine runs without the incubator module.
 *
 * <p>Why interleave: each iteration is a chain of dependent operations (a multiply, a subtract
 * and an FMA, about 12 cycles), so one vector in flight leaves the FMA pipes mostly idle.
 * Stepping {@code interleave} independent vectors of neighbouring pixels in the same loop gives
 * the out-of-order core independent work to overlap. The price is divergence: a block runs until
 * its slowest lane escapes, so wider blocks waste more lane-steps at the set's edge. Which width
 * wins depends on the core; {@link InterleaveCalibration} measures it once per machine.
 *
 * <p>Exactness: lane {@code k} of the first vector gets {@code xMin + (i0 + k) * dx}, with the
 * integer {@code i0 + k} formed exactly in double before the multiply, as the scalar kernel does.
 * Each lane's count grows only while it is active; once {@code |z|^2 > 4} the lane is frozen and
 * its count is final, so results equal the scalar kernel's bit for bit.
 */
final class VectorKernel implements EscapeKernel {

    static final VectorSpecies<Double> SPECIES = chooseSpecies();
    private static final int LANES = SPECIES.length();
    /** Ints with as many lanes as {@link #SPECIES}, for storing counts straight into an int[]. */
    private static final VectorSpecies<Integer> INT_SPECIES =
            VectorSpecies.of(int.class, VectorShape.forBitSize(Math.max(64, SPECIES.vectorBitSize() / 2)));
    private static final DoubleVector IOTA = DoubleVector.zero(SPECIES).addIndex(1);
    private static final DoubleVector BAILOUT = DoubleVector.broadcast(SPECIES, 4.0);
    private static final DoubleVector ONE = DoubleVector.broadcast(SPECIES, 1.0);

    /** Largest interleave (vectors stepped together). */
    static final int MAX_INTERLEAVE = VectorBlocks.MAX_INTERLEAVE;

    /**
     * Steps a block runs per call before it returns to {@link #row} and is resumed (a multiple of
     * the escape-check cadence, so slicing changes no count and no check). See VectorBlocks for why.
     */
    static final int SLICE = 1 << 14;

    private static final ThreadLocal<BlockState> STATE = ThreadLocal.withInitial(BlockState::new);

    /** Vectors per block; 0 until the machine's calibrated default is first needed. */
    private volatile int interleave;

    /**
     * @param interleave 1 to {@link #MAX_INTERLEAVE}, or 0 for the machine's calibrated default,
     *                   looked up (or measured, once per machine) by the first row, on a render
     *                   worker rather than on whichever thread built the kernel (a UI thread, say)
     */
    VectorKernel(int interleave) {
        if (interleave < 0 || interleave > MAX_INTERLEAVE) {
            throw new IllegalArgumentException("vector interleave must be 1 to " + MAX_INTERLEAVE + ", got "
                    + interleave);
        }
        this.interleave = interleave;
        WideBlockCompilation.before(interleave);
    }

    private static VectorSpecies<Double> chooseSpecies() {
        int bits = VectorWidth.requestedBits();
        VectorSpecies<Double> species = bits == 0
                ? DoubleVector.SPECIES_PREFERRED
                : VectorSpecies.of(double.class, VectorShape.forBitSize(bits));
        VectorWidth.fix(species.vectorBitSize());
        return species;
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
        int g = interleave;
        if (g == 0) {
            g = InterleaveCalibration.interleave(System.err::println);
            WideBlockCompilation.before(g);
            interleave = g;
        }
        return g;
    }

    @Override
    public String describe() {
        return "vector, " + LANES + " doubles x " + interleave() + " interleaved";
    }

    @Override
    public long row(Viewport view, int row, int maxIter, int[] counts, int offset) {
        int width = view.width();
        double xMin = view.xMin();
        double dx = view.dx();
        double ci = view.im(row);
        BlockState state = STATE.get();
        int interleave = interleave();
        int span = interleave * LANES;
        long sum = 0;
        for (int i = 0; i < width; i += span) {
            if (width - i == 1) {
                // One pixel left: a lone lane runs the same dependent chain as the scalar loop plus the
                // mask work, 7% slower measured (1x1 view, 2e7 iterations, thread CPU time), so it
                // takes the scalar path. Two pixels in one vector already run 1.8x faster than scalar.
                int n = ScalarKernel.escapeCount(xMin + (double) i * dx, ci, maxIter);
                counts[offset + i] = n;
                sum += n;
                break;
            }
            // The last block of the row may be narrower; lanes past the row's end start inactive.
            int vectors = Math.min(interleave, (width - i + LANES - 1) / LANES);
            state.reset(vectors, i, width);
            for (int done = 0; done < maxIter; ) {
                int steps = Math.min(SLICE, maxIter - done);
                done += steps;
                if (!VectorBlocks.block(vectors, xMin, dx, ci, i, steps, state.xyn, state.live)) {
                    break;
                }
            }
            for (int v = 0, at = i; v < vectors; v++, at += LANES) {
                // Whole vectors go out as one conversion and one store; lanes past the row's end
                // never counted (they start inactive), so the lane sum needs no mask.
                DoubleVector n = DoubleVector.fromArray(SPECIES, state.xyn, (3 * v + 2) * LANES);
                if (at + LANES <= width) {
                    sum += store(n, counts, offset + at);
                } else {
                    sum += store(n, counts, offset + at, SPECIES.indexInRange(at, width));
                }
            }
        }
        return sum;
    }

    /**
     * A worker's block state between slices: x, y, n of each vector ({@code 3 * LANES} doubles per
     * vector) and its active lanes (one long of bits per vector, lane k in bit k). Reused for every
     * block: no allocation per row.
     */
    private static final class BlockState {
        final double[] xyn = new double[3 * MAX_INTERLEAVE * LANES];
        final long[] live = new long[MAX_INTERLEAVE];

        void reset(int vectors, int i0, int width) {
            java.util.Arrays.fill(xyn, 0, 3 * vectors * LANES, 0.0);
            for (int v = 0; v < vectors; v++) {
                int inRow = Math.clamp(width - (i0 + v * LANES), 0, LANES);
                live[v] = (1L << inRow) - 1;
            }
        }
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

    /** Real parts of pixels {@code i0 .. i0 + LANES - 1}, exactly as the scalar kernel forms them. */
    private static DoubleVector columnRe(double xMin, double dx, int i0) {
        return IOTA.add((double) i0).mul(dx).add(xMin);
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

    /** Stores all lanes' counts as ints and returns their sum (exact: counts are integers below 2^31). */
    private static long store(DoubleVector n, int[] out, int at) {
        IntVector counts = (IntVector) n.convertShape(VectorOperators.D2I, INT_SPECIES, 0);
        counts.intoArray(out, at);
        return (long) n.reduceLanes(VectorOperators.ADD);
    }

    /** Stores the lanes' counts as ints and returns their sum (exact: counts are small integers). */
    private static long store(DoubleVector n, int[] out, int at, VectorMask<Double> lanes) {
        IntVector counts = (IntVector) n.convertShape(VectorOperators.D2I, INT_SPECIES, 0);
        counts.intoArray(out, at, lanes.cast(INT_SPECIES));
        return (long) n.reduceLanes(VectorOperators.ADD);
    }
}
