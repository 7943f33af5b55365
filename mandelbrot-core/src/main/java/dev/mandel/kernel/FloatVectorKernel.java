package dev.mandel.kernel;

import dev.mandel.view.Viewport;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The escape-time loop on {@link FloatVector}s: 16 lanes with AVX-512, twice the double kernel's
 * pixels per instruction at the same instruction count, hence about twice its speed wherever
 * single precision resolves the view ({@link PrecisionRule}).
 *
 * <p>Exactness against {@link FloatScalarKernel}: each row's real parts are formed exactly as the
 * scalar twin forms them (the section 2 double, rounded once to float) into a per-worker array
 * and loaded from there; the FMAs are correctly rounded in both; a lane's count grows only while
 * it is active. So counts are equal on every pixel, tails included.
 *
 * <p>The loop is {@link VectorKernel}'s (an "active" vector of 1.0/0.0 instead of masks, an
 * all-escaped test every {@value #CHECK_EVERY} steps, four vectors interleaved) on floats. Counts
 * are carried as float lanes, exact below 2^24, hence {@link FloatScalarKernel#MAX_ITER}.
 * Loaded by name, like the double kernel, so no other class imports the incubator module.
 */
final class FloatVectorKernel implements EscapeKernel {

    /** The width {@link VectorWidth} fixes for the double kernel too: {@code --vector-bits} applies to both. */
    private static final VectorSpecies<Float> SPECIES = chooseSpecies();
    private static final VectorSpecies<Integer> INT_SPECIES = VectorSpecies.of(int.class, SPECIES.vectorShape());
    private static final int LANES = SPECIES.length();
    private static final int CHECK_EVERY = 8;
    private static final FloatVector BAILOUT = FloatVector.broadcast(SPECIES, 4.0f);
    private static final FloatVector ZERO = FloatVector.zero(SPECIES);

    /**
     * Per-thread buffers, born wide enough for a screen's rows. Grown on demand from empty, a render
     * worker's first row took a branch that the warm-up thread had taken only before the method was
     * profiled, C2 had compiled it as an uncommon trap, and the viewer's first frame deoptimised
     * ({@code -Xlog:deoptimization}: {@code unstable_if} in {@code buffer}).
     */
    private static final int FIRST_BUFFER = 4096;
    private static final ThreadLocal<float[]> REAL_PARTS = ThreadLocal.withInitial(() -> new float[FIRST_BUFFER]);
    private static final ThreadLocal<float[]> BLOCK_COUNTS = ThreadLocal.withInitial(() -> new float[FIRST_BUFFER]);

    private static VectorSpecies<Float> chooseSpecies() {
        int bits = VectorWidth.requestedBits();
        VectorSpecies<Float> species = bits == 0
                ? FloatVector.SPECIES_PREFERRED
                : VectorSpecies.of(float.class, VectorShape.forBitSize(bits));
        VectorWidth.fix(species.vectorBitSize());
        return species;
    }

    /** Floats per vector on this machine. */
    static int lanes() {
        return LANES;
    }

    @Override
    public String name() {
        return "vector-float";
    }

    @Override
    public long row(Viewport view, int row, int maxIter, int[] counts, int offset) {
        FloatScalarKernel.requireMaxIter(maxIter);
        int width = view.width();
        float[] crs = realParts(view);
        float ci = (float) view.im(row);
        long sum = 0;
        int i = 0;
        int blocked = width - width % (4 * LANES);
        if (blocked > 0) {
            float[] n = buffer(BLOCK_COUNTS, blocked);
            for (; i < blocked; i += 4 * LANES) {
                block4(crs, ci, i, maxIter, n);
            }
            for (int p = 0; p < blocked; p++) {
                int c = (int) n[p];
                counts[offset + p] = c;
                sum += c;
            }
        }
        for (; i < width; i += LANES) {
            // Lanes past the row's end start inactive: they never count and are not stored.
            sum += block1(crs, ci, i, maxIter, counts, offset + i, SPECIES.indexInRange(i, width));
        }
        return sum;
    }

    @Override
    public long smoothRow(Viewport view, int row, int maxIter, int[] counts, double[] escapeMag2, int offset) {
        FloatScalarKernel.requireMaxIter(maxIter);
        int width = view.width();
        float[] crs = realParts(view);
        float ci = (float) view.im(row);
        float[] mag = new float[LANES];
        long sum = 0;
        for (int i = 0; i < width; i += LANES) {
            VectorMask<Float> inRow = SPECIES.indexInRange(i, width);
            sum += smoothBlock(crs, ci, i, maxIter, counts, offset + i, inRow, mag);
            for (int k = 0; k < LANES && i + k < width; k++) {
                escapeMag2[offset + i + k] = mag[k];
            }
        }
        return sum;
    }

    /** The row's real parts as the scalar twin forms them, padded to whole vectors. */
    private static float[] realParts(Viewport view) {
        int width = view.width();
        float[] crs = buffer(REAL_PARTS, (width + LANES - 1) / LANES * LANES);
        double xMin = view.xMin();
        double dx = view.dx();
        for (int i = 0; i < width; i++) {
            crs[i] = (float) (xMin + (double) i * dx);
        }
        return crs;
    }

    private static float[] buffer(ThreadLocal<float[]> local, int length) {
        float[] buffer = local.get();
        if (buffer.length < length) {
            buffer = new float[length];
            local.set(buffer);
        }
        return buffer;
    }

    private static long block1(float[] crs, float cImag, int i0, int maxIter, int[] out, int at,
                               VectorMask<Float> lanes) {
        FloatVector ci = FloatVector.broadcast(SPECIES, cImag);
        FloatVector cr = FloatVector.fromArray(SPECIES, crs, i0);
        FloatVector x = FloatVector.zero(SPECIES);
        FloatVector y = x;
        FloatVector n = x;
        FloatVector active = x.blend(FloatVector.broadcast(SPECIES, 1.0f), lanes);
        // One exit, as in VectorBlocks (see there): "no lane active, or the steps are done".
        for (int k = 0; ; ) {
            int chunk = Math.min(CHECK_EVERY, maxIter - k);
            for (int s = 0; s < chunk; s++) {
                FloatVector y2 = y.mul(y);
                active = active.blend(ZERO, x.fma(x, y2).compare(VectorOperators.GT, BAILOUT));
                n = n.add(active);
                FloatVector yNew = x.add(x).fma(y, ci);
                x = x.fma(x, cr.sub(y2));
                y = yNew;
            }
            k += chunk;
            if (!(active.compare(VectorOperators.GT, ZERO).anyTrue() & k < maxIter)) {
                break;
            }
        }
        IntVector counts = (IntVector) n.convert(VectorOperators.F2I, 0);
        counts.intoArray(out, at, lanes.cast(INT_SPECIES));
        return counts.reduceLanes(VectorOperators.ADD);
    }

    private static void block4(float[] crs, float cImag, int i0, int maxIter, float[] out) {
        FloatVector ci = FloatVector.broadcast(SPECIES, cImag);
        FloatVector cr0 = FloatVector.fromArray(SPECIES, crs, i0);
        FloatVector cr1 = FloatVector.fromArray(SPECIES, crs, i0 + LANES);
        FloatVector cr2 = FloatVector.fromArray(SPECIES, crs, i0 + 2 * LANES);
        FloatVector cr3 = FloatVector.fromArray(SPECIES, crs, i0 + 3 * LANES);
        FloatVector zero = FloatVector.zero(SPECIES);
        FloatVector one = FloatVector.broadcast(SPECIES, 1.0f);
        FloatVector x0 = zero, y0 = zero, n0 = zero, a0 = one;
        FloatVector x1 = zero, y1 = zero, n1 = zero, a1 = one;
        FloatVector x2 = zero, y2 = zero, n2 = zero, a2 = one;
        FloatVector x3 = zero, y3 = zero, n3 = zero, a3 = one;
        // One exit (see block1): an "all escaped" exit that the warm-up never took was compiled as an
        // uncommon trap, and the viewer's first frame after the warm-up ran in the interpreter.
        for (int k = 0; ; ) {
            int chunk = Math.min(CHECK_EVERY, maxIter - k);
            for (int s = 0; s < chunk; s++) {
                FloatVector yy0 = y0.mul(y0);
                FloatVector yy1 = y1.mul(y1);
                FloatVector yy2 = y2.mul(y2);
                FloatVector yy3 = y3.mul(y3);
                a0 = a0.blend(zero, x0.fma(x0, yy0).compare(VectorOperators.GT, BAILOUT));
                a1 = a1.blend(zero, x1.fma(x1, yy1).compare(VectorOperators.GT, BAILOUT));
                a2 = a2.blend(zero, x2.fma(x2, yy2).compare(VectorOperators.GT, BAILOUT));
                a3 = a3.blend(zero, x3.fma(x3, yy3).compare(VectorOperators.GT, BAILOUT));
                n0 = n0.add(a0);
                n1 = n1.add(a1);
                n2 = n2.add(a2);
                n3 = n3.add(a3);
                FloatVector yNew0 = x0.add(x0).fma(y0, ci);
                FloatVector yNew1 = x1.add(x1).fma(y1, ci);
                FloatVector yNew2 = x2.add(x2).fma(y2, ci);
                FloatVector yNew3 = x3.add(x3).fma(y3, ci);
                x0 = x0.fma(x0, cr0.sub(yy0));
                x1 = x1.fma(x1, cr1.sub(yy1));
                x2 = x2.fma(x2, cr2.sub(yy2));
                x3 = x3.fma(x3, cr3.sub(yy3));
                y0 = yNew0;
                y1 = yNew1;
                y2 = yNew2;
                y3 = yNew3;
            }
            k += chunk;
            if (!(a0.add(a1).add(a2.add(a3)).compare(VectorOperators.GT, zero).anyTrue() & k < maxIter)) {
                break;
            }
        }
        n0.intoArray(out, i0);
        n1.intoArray(out, i0 + LANES);
        n2.intoArray(out, i0 + 2 * LANES);
        n3.intoArray(out, i0 + 3 * LANES);
    }

    private static long smoothBlock(float[] crs, float cImag, int i0, int maxIter, int[] out, int at,
                                    VectorMask<Float> lanes, float[] magOut) {
        FloatVector ci = FloatVector.broadcast(SPECIES, cImag);
        FloatVector cr = FloatVector.fromArray(SPECIES, crs, i0);
        FloatVector one = FloatVector.broadcast(SPECIES, 1.0f);
        FloatVector x = FloatVector.zero(SPECIES);
        FloatVector y = x;
        FloatVector n = x;
        FloatVector atEscape = x;
        VectorMask<Float> active = lanes;
        for (int k = 0; k < maxIter; k++) {
            FloatVector y2 = y.mul(y);
            FloatVector mag2 = x.fma(x, y2);
            VectorMask<Float> escapedNow = active.and(mag2.compare(VectorOperators.GT, BAILOUT));
            atEscape = atEscape.blend(mag2, escapedNow);
            active = active.andNot(escapedNow);
            if (!active.anyTrue()) {
                break;
            }
            n = n.add(one, active);
            FloatVector yNew = x.add(x).fma(y, ci);
            x = x.fma(x, cr.sub(y2));
            y = yNew;
        }
        atEscape.intoArray(magOut, 0);
        IntVector counts = (IntVector) n.convert(VectorOperators.F2I, 0);
        counts.intoArray(out, at, lanes.cast(INT_SPECIES));
        return counts.reduceLanes(VectorOperators.ADD);
    }
}
