package dev.mandel.kernel;

import dev.mandel.view.Viewport;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The instrumented twin of {@link VectorKernel}: the same blocks ({@code interleave} vectors, then
 * one narrower block for the rest of the row, as {@code VectorKernel.row} cuts it), the same exact
 * pixel doubles and FMAs, and the same escape-check cadence as {@link VectorBlocks}: chunks of
 * {@code CHECK_EVERY} steps with a "still any lane active?" test after each
 * ({@link EscapeCheckCadence}). A block therefore issues the steps the real kernel
 * issues, up to {@code CHECK_EVERY - 1} past its last escape. On top it counts the lanes still
 * active at every step. Counting costs a mask popcount per vector per step and arrays of vectors,
 * so this is never the render path; {@link LaneOccupancy} loads it by name like the
 * {@link KernelProvider} loads the vector kernel.
 */
final class LaneOccupancyKernel implements LaneOccupancy.Probe {

    private static final VectorSpecies<Double> SPECIES = VectorKernel.SPECIES;
    private static final int LANES = SPECIES.length();
    private static final int CHECK_EVERY = EscapeCheckCadence.CHECK_EVERY;
    private static final DoubleVector IOTA = DoubleVector.zero(SPECIES).addIndex(1);
    private static final double BAILOUT = 4.0;

    private final int interleave;

    LaneOccupancyKernel(int interleave) {
        if (interleave < 1 || interleave > VectorBlocks.MAX_INTERLEAVE) {
            throw new IllegalArgumentException("vector interleave must be 1 to " + VectorBlocks.MAX_INTERLEAVE
                    + ", got " + interleave);
        }
        this.interleave = interleave;
    }

    @Override
    public int lanes() {
        return LANES;
    }

    @Override
    public long[] row(Viewport view, int row, int maxIter, int[] counts, int[] wasted, int offset) {
        double xMin = view.xMin();
        double dx = view.dx();
        DoubleVector ci = DoubleVector.broadcast(SPECIES, view.im(row));
        int width = view.width();
        long[] steps = new long[2];
        int span = interleave * LANES;
        int i = 0;
        for (; i <= width - span; i += span) {
            block(xMin, dx, ci, i, interleave, width, maxIter, counts, wasted, offset, steps);
        }
        if (i < width) {
            block(xMin, dx, ci, i, (width - i + LANES - 1) / LANES, width, maxIter, counts, wasted, offset, steps);
        }
        return steps;
    }

    /** Steps {@code g} vectors from column {@code i0} together, stopping where the real kernel stops. */
    private static void block(double xMin, double dx, DoubleVector ci, int i0, int g, int width, int maxIter,
                              int[] counts, int[] wasted, int offset, long[] steps) {
        DoubleVector[] cr = new DoubleVector[g];
        DoubleVector[] x = new DoubleVector[g];
        DoubleVector[] y = new DoubleVector[g];
        DoubleVector[] n = new DoubleVector[g];
        @SuppressWarnings({"unchecked", "rawtypes"}) // generic array creation: VectorMask<Double>[] cannot be new-ed directly
        VectorMask<Double>[] active = new VectorMask[g];
        DoubleVector zero = DoubleVector.zero(SPECIES);
        for (int v = 0; v < g; v++) {
            cr[v] = IOTA.add((double) (i0 + v * LANES)).mul(dx).add(xMin);
            x[v] = zero;
            y[v] = zero;
            n[v] = zero;
            active[v] = SPECIES.indexInRange(i0 + v * LANES, width);
        }
        long activeLaneSteps = 0;
        int blockSteps = 0;
        for (int k = 0; k < maxIter; ) {
            int chunk = EscapeCheckCadence.chunk(k, maxIter);
            for (int s = 0; s < chunk; s++) {
                for (int v = 0; v < g; v++) {
                    DoubleVector y2 = y[v].mul(y[v]);
                    active[v] = active[v].andNot(x[v].fma(x[v], y2).compare(VectorOperators.GT, BAILOUT));
                    activeLaneSteps += active[v].trueCount();
                    n[v] = n[v].add(1.0, active[v]);
                    DoubleVector yNew = x[v].add(x[v]).fma(y[v], ci);
                    x[v] = x[v].fma(x[v], cr[v].sub(y2));
                    y[v] = yNew;
                }
            }
            k += chunk;
            blockSteps = k;
            if (!anyActive(active)) {
                break;
            }
        }
        for (int v = 0; v < g; v++) {
            double[] lane = n[v].toArray();
            for (int k = 0; k < LANES && i0 + v * LANES + k < width; k++) {
                int at = offset + i0 + v * LANES + k;
                counts[at] = (int) lane[k];
                wasted[at] = blockSteps - (int) lane[k];
            }
        }
        steps[0] += activeLaneSteps;
        steps[1] += (long) blockSteps * g * LANES;
    }

    private static boolean anyActive(VectorMask<Double>[] active) {
        for (VectorMask<Double> a : active) {
            if (a.anyTrue()) {
                return true;
            }
        }
        return false;
    }
}
