package dev.mandel.kernel;

import dev.mandel.view.Viewport;

/**
 * How well a frame keeps the SIMD lanes busy: the cost of divergence inside a vector, measured by
 * an instrumented twin of the vector kernel. Never the fast path: it exists to be looked at.
 *
 * <p>The vector kernel steps a block of {@code interleave x lanes} neighbouring pixels together
 * until the slowest of them escapes; a lane that escaped early rides along masked off. For each
 * block the twin counts the <em>issued</em> lane-steps ({@code steps x lanes in the block}, the
 * steps being those the real kernel runs: it asks whether any lane is still active only every
 * few steps, so a block runs on a little past its last escape) and the <em>active</em> lane-steps
 * (lanes whose mask was still set, which sum to the block's escape counts). A row's occupancy is
 * active over issued: 1.0 when every lane of every block escapes at the same step, lower when
 * counts differ within a block. Lanes past the row's end in the last, partial vector count as
 * issued and idle, as they are in hardware. Per pixel, {@link #wastedLaneSteps()} holds the steps
 * its block ran after that lane had escaped.
 *
 * <p>Counts are those of DESIGN.md section 2, equal to {@link ScalarKernel}'s on every pixel.
 */
public final class LaneOccupancy {

    /** The instrumented row loop, implemented by the class that imports the Vector API. */
    interface Probe {
        /** Fills counts and wasted lane-steps of one row; returns {active, issued} lane-steps. */
        long[] row(Viewport view, int row, int maxIter, int[] counts, int[] wasted, int offset);

        int lanes();
    }

    private static final String PROBE_CLASS = "dev.mandel.kernel.LaneOccupancyKernel";

    private final Viewport view;
    private final int maxIter;
    private final int lanes;
    private final int interleave;
    private final int[] counts;
    private final int[] wasted;
    private final long[] active;
    private final long[] issued;

    private LaneOccupancy(Viewport view, int maxIter, int lanes, int interleave) {
        this.view = view;
        this.maxIter = maxIter;
        this.lanes = lanes;
        this.interleave = interleave;
        int pixels = Math.toIntExact((long) view.width() * view.height());
        this.counts = new int[pixels];
        this.wasted = new int[pixels];
        this.active = new long[view.height()];
        this.issued = new long[view.height()];
    }

    /** True when the JVM can run the vector twin (Vector API readable and compiled by C2). */
    public static boolean available() {
        return KernelProvider.vectorUsable();
    }

    /** Measures a whole view with the renderer's default interleave. */
    public static LaneOccupancy measure(Viewport view, int maxIter) {
        return measure(view, maxIter, KernelProvider.defaultInterleave());
    }

    /**
     * Measures a whole view, one row after another on the calling thread (run it off any UI
     * thread: about as slow as a single-threaded vector render, plus a lane count per step).
     *
     * @param interleave 1 to {@value KernelProvider#MAX_INTERLEAVE} vectors per block, as in
     *                   {@link KernelProvider#vector(int)}
     */
    public static LaneOccupancy measure(Viewport view, int maxIter, int interleave) {
        if (maxIter < 1) {
            throw new IllegalArgumentException("max iterations must be at least 1, got " + maxIter);
        }
        requireFits(view);
        Probe probe = probe(interleave);
        LaneOccupancy result = new LaneOccupancy(view, maxIter, probe.lanes(), interleave);
        int width = view.width();
        for (int row = 0; row < view.height(); row++) {
            long[] steps = probe.row(view, row, maxIter, result.counts, result.wasted, row * width);
            result.active[row] = steps[0];
            result.issued[row] = steps[1];
        }
        return result;
    }

    /** Two int maps per pixel; refused up front rather than failing half-way with OutOfMemoryError. */
    private static void requireFits(Viewport view) {
        long pixels = (long) view.width() * view.height();
        long bytes = pixels * 2 * Integer.BYTES;
        long heap = Runtime.getRuntime().maxMemory();
        if (pixels > Integer.MAX_VALUE - 8 || bytes > heap * 9 / 10) {
            throw new IllegalArgumentException("a " + view.width() + "x" + view.height() + " lane-occupancy map needs "
                    + (bytes >> 20) + " MiB but this JVM may use at most " + (heap >> 20) + " MiB; choose a smaller size");
        }
    }

    private static Probe probe(int interleave) {
        if (!available()) {
            throw new IllegalStateException("lane occupancy needs the vector kernel: " + KernelProvider.vectorRefusal());
        }
        try {
            return (Probe) Class.forName(PROBE_CLASS).getDeclaredConstructor(int.class).newInstance(interleave);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot create the lane-occupancy kernel", e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot create the lane-occupancy kernel: " + e, e);
        }
    }

    public Viewport view() {
        return view;
    }

    public int maxIter() {
        return maxIter;
    }

    /** Doubles per vector on this machine. */
    public int lanes() {
        return lanes;
    }

    /** Vectors stepped together per block (the block is {@code interleave x lanes} pixels wide). */
    public int interleave() {
        return interleave;
    }

    /** Escape counts, row-major; equal to the scalar kernel's. Read-only. */
    public int[] counts() {
        return counts;
    }

    /** Per pixel, the lane-steps its lane sat masked off while its block still ran. Read-only. */
    public int[] wastedLaneSteps() {
        return wasted;
    }

    /** Lane-steps that did useful work in {@code row} (the sum of its counts). */
    public long activeLaneSteps(int row) {
        return active[row];
    }

    /** Lane-steps the hardware spent on {@code row}, useful or not. */
    public long issuedLaneSteps(int row) {
        return issued[row];
    }

    /** Active over issued lane-steps of one row: 1.0 when no lane ever waits. */
    public double rowOccupancy(int row) {
        return issued[row] == 0 ? 1.0 : (double) active[row] / issued[row];
    }

    /** {@link #rowOccupancy} of every row, for a per-row bar. */
    public double[] rowOccupancies() {
        double[] out = new double[active.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = rowOccupancy(r);
        }
        return out;
    }

    /** Occupancy of the whole frame (weighted by issued lane-steps). */
    public double occupancy() {
        long a = 0;
        long i = 0;
        for (int r = 0; r < active.length; r++) {
            a += active[r];
            i += issued[r];
        }
        return i == 0 ? 1.0 : (double) a / i;
    }
}
