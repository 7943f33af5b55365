package dev.mandel.kernel;

import dev.mandel.view.Viewport;

/**
 * Computes escape counts for one image row at a time.
 *
 * <p>Every implementation follows DESIGN.md section 2 exactly: the same pixel doubles, the same
 * fused multiply-adds, the same bailout test. Two kernels therefore agree on every pixel, and a
 * test can compare them with {@code assertArrayEquals}, not with a tolerance.
 *
 * <p>Implementations are stateless and thread-safe: the renderer calls one instance from all of its
 * workers at once.
 */
public interface EscapeKernel {

    /** Short name shown in summaries and accepted by {@code --kernel}. */
    String name();

    /** The name with the settings that shape its speed, for summaries ("vector, 8 doubles x 4 interleaved"). */
    default String describe() {
        return name();
    }

    /**
     * The name of the kernel that computes {@code view} at {@code maxIter}: {@link #name()}, except
     * for a kernel that picks one per view ({@link AutoPrecisionKernel}), which says which it picked.
     */
    default String nameFor(Viewport view, int maxIter) {
        return name();
    }

    /**
     * Writes the escape counts of row {@code row} to {@code counts[offset .. offset + width)} and
     * returns their sum (the row's iteration cost).
     */
    long row(Viewport view, int row, int maxIter, int[] counts, int offset);

    /**
     * As {@link #row}, and also writes {@code |z_n|^2} at escape (the {@code mag2} that first
     * exceeded 4) to {@code escapeMag2[offset ..]}, or 0 for pixels that never escaped. Smooth
     * colouring derives a continuous iteration count from it.
     */
    long smoothRow(Viewport view, int row, int maxIter, int[] counts, double[] escapeMag2, int offset);
}
