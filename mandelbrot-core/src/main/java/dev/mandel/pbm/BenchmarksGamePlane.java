package dev.mandel.pbm;

/**
 * The Benchmarks Game's mandelbrot task, as numbers: an {@code N x N} image of the region
 * {@code [-1.5, 0.5] x [-1, 1]}, pixel {@code (x, y)} at {@code c = (2x/N - 1.5) + i (2y/N - 1)},
 * 50 iterations from {@code z = 0}, a pixel set when {@code |z|^2 <= 4} after all of them (it has
 * not escaped). The arithmetic is theirs too: separate multiplies and adds, never a fused
 * multiply-add, in the order {@code zr' = (zr^2 - zi^2) + cr}, {@code zi' = 2 zr zi + ci}; a
 * fused operation rounds once instead of twice and changes output bytes.
 *
 * <p>This is not the renderer's semantics (docs/semantics and DESIGN.md section 2 count escapes
 * with FMAs); it is a separate mode whose output is checked against the published md5 sums.
 */
public final class BenchmarksGamePlane {

    /** Iterations of {@code z -> z^2 + c}. */
    public static final int ITERATIONS = 50;

    /** {@code |z|^2} above this has escaped. */
    public static final double BAILOUT = 4.0;

    private BenchmarksGamePlane() {
    }

    /** Real part of column {@code x}: {@code 2x/N - 1.5}, evaluated in that order in double. */
    public static double re(int x, int n) {
        return 2.0 * x / n - 1.5;
    }

    /** Imaginary part of row {@code y}: {@code 2y/N - 1}. */
    public static double im(int y, int n) {
        return 2.0 * y / n - 1.0;
    }

    /** Bytes in one row of the P4 bitmap: 8 pixels a byte, the last byte padded with zero bits. */
    public static int rowBytes(int n) {
        return (n + 7) >>> 3;
    }
}
