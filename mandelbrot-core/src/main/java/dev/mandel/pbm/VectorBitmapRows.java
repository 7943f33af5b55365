package dev.mandel.pbm;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Benchmarks Game loop on {@link DoubleVector}s: blocks of four vectors (32 pixels, 4 output
 * bytes with AVX-512) stepped together. Loaded by name from {@link PbmImage}, so the rest of the
 * mode runs on a JVM without {@code jdk.incubator.vector}.
 *
 * <p>Why no test per iteration: a point whose {@code |z|^2} passed 4 keeps growing, by more than
 * 0.19 per step here ({@code |z^2 + c| >= |z|^2 - |c| > |z| + 0.19}, as {@code |c| < 1.81} over
 * the whole region), far beyond rounding; it never comes back. So "not escaped after 50 steps" is
 * the same answer as the reference's "never escaped", and the only test that decides a pixel is
 * the last one. Every 7 steps the block asks whether all its lanes escaped already and stops
 * early when they have: that is what keeps the outside of the set cheap. A lane that overflowed
 * to infinity or NaN compares false with {@code <= 4}, which is "escaped", as in the reference.
 *
 * <p>Why four vectors: one step is a chain of three dependent operations (square, subtract, add)
 * per component, about 12 cycles; a vector needs 3 cycles of the two multiply/add ports, so four
 * independent vectors keep the ports busy, and their {@code x, y, x^2, y^2, cr} (20 registers)
 * still fit the 32 vector registers.
 *
 * <p>The squares are carried from one step to the next ({@code x^2, y^2} of the new {@code z}
 * are computed once, used for both the next step and the escape test), as the reference does
 * with its {@code Tr, Ti}; the arithmetic per lane is exactly the reference's, operation by
 * operation, so the bytes equal {@link ScalarBitmapRows}'s.
 */
final class VectorBitmapRows implements BitmapRows {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final int VECTORS = 4;
    private static final int BLOCK = VECTORS * LANES;
    /** z_1 = c, then 49 steps to z_50: seven groups of seven, with an "all escaped?" test between. */
    private static final int GROUPS = 7;
    private static final int STEPS_PER_GROUP = 7;

    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[0]);

    VectorBitmapRows() {
        if (BLOCK % 8 != 0 || BLOCK > 64) {
            throw new IllegalStateException("vector rows need 8 to 64 pixels a block, this machine gives " + BLOCK);
        }
        if (GROUPS * STEPS_PER_GROUP + 1 != BenchmarksGamePlane.ITERATIONS) {
            throw new AssertionError("step count");
        }
    }

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public int block() {
        return BLOCK;
    }

    @Override
    public void row(double ci, double[] crs, int width, byte[] out, int offset) {
        int padded = (width + BLOCK - 1) / BLOCK * BLOCK;
        byte[] bytes = scratch(padded >>> 3);
        for (int i = 0; i < padded; i += BLOCK) {
            long bits = block(ci, crs, i);
            for (int b = 0, at = i >>> 3; b < BLOCK / 8; b++) {
                // Lane k is pixel i0 + k, bit k of the mask; PBM wants the leftmost pixel in the top bit.
                bytes[at + b] = (byte) (Integer.reverse((int) (bits >>> (8 * b))) >>> 24);
            }
        }
        int rowBytes = BenchmarksGamePlane.rowBytes(width);
        System.arraycopy(bytes, 0, out, offset, rowBytes);
        if ((width & 7) != 0) {
            out[offset + rowBytes - 1] &= (byte) (0xff << (8 - (width & 7)));
        }
    }

    private static byte[] scratch(int length) {
        byte[] buffer = SCRATCH.get();
        if (buffer.length < length) {
            buffer = new byte[length];
            SCRATCH.set(buffer);
        }
        return buffer;
    }

    /** Bits of {@code BLOCK} pixels from column {@code i0}, bit k for pixel {@code i0 + k}. */
    private static long block(double cImag, double[] crs, int i0) {
        // Broadcast here, not in the caller: a vector passed in has the abstract static type
        // DoubleVector, and C2 then fails to bind (and intrinsify) the operations on it.
        DoubleVector ci = DoubleVector.broadcast(SPECIES, cImag);
        DoubleVector four = DoubleVector.broadcast(SPECIES, BenchmarksGamePlane.BAILOUT);
        DoubleVector cr0 = DoubleVector.fromArray(SPECIES, crs, i0);
        DoubleVector cr1 = DoubleVector.fromArray(SPECIES, crs, i0 + LANES);
        DoubleVector cr2 = DoubleVector.fromArray(SPECIES, crs, i0 + 2 * LANES);
        DoubleVector cr3 = DoubleVector.fromArray(SPECIES, crs, i0 + 3 * LANES);
        // z_1 = 0^2 + c = c exactly, so the loop starts there.
        DoubleVector x0 = cr0, x1 = cr1, x2 = cr2, x3 = cr3;
        DoubleVector y0 = ci, y1 = ci, y2 = ci, y3 = ci;
        DoubleVector xx0 = x0.mul(x0), xx1 = x1.mul(x1), xx2 = x2.mul(x2), xx3 = x3.mul(x3);
        DoubleVector yy0 = y0.mul(y0), yy1 = yy0, yy2 = yy0, yy3 = yy0;
        VectorMask<Double> in0, in1, in2, in3;
        int group = 0;
        while (true) {
            for (int k = 0; k < STEPS_PER_GROUP; k++) {
                DoubleVector xy0 = x0.mul(y0);
                DoubleVector xy1 = x1.mul(y1);
                DoubleVector xy2 = x2.mul(y2);
                DoubleVector xy3 = x3.mul(y3);
                x0 = xx0.sub(yy0).add(cr0);
                x1 = xx1.sub(yy1).add(cr1);
                x2 = xx2.sub(yy2).add(cr2);
                x3 = xx3.sub(yy3).add(cr3);
                y0 = xy0.add(xy0).add(ci);
                y1 = xy1.add(xy1).add(ci);
                y2 = xy2.add(xy2).add(ci);
                y3 = xy3.add(xy3).add(ci);
                xx0 = x0.mul(x0);
                xx1 = x1.mul(x1);
                xx2 = x2.mul(x2);
                xx3 = x3.mul(x3);
                yy0 = y0.mul(y0);
                yy1 = y1.mul(y1);
                yy2 = y2.mul(y2);
                yy3 = y3.mul(y3);
            }
            in0 = xx0.add(yy0).compare(VectorOperators.LE, four);
            in1 = xx1.add(yy1).compare(VectorOperators.LE, four);
            in2 = xx2.add(yy2).compare(VectorOperators.LE, four);
            in3 = xx3.add(yy3).compare(VectorOperators.LE, four);
            if (!in0.or(in1).or(in2.or(in3)).anyTrue()) {
                return 0;
            }
            if (++group == GROUPS) {
                break;
            }
        }
        return in0.toLong() | in1.toLong() << LANES | in2.toLong() << (2 * LANES) | in3.toLong() << (3 * LANES);
    }
}
