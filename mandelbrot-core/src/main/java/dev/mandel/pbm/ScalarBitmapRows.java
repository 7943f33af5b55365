package dev.mandel.pbm;

/**
 * The Benchmarks Game loop transcribed one pixel at a time, with their test at every iteration:
 * the reference the vector rows are held against, and the fallback without the Vector API.
 */
final class ScalarBitmapRows implements BitmapRows {

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public int block() {
        return 1;
    }

    @Override
    public void row(double ci, double[] crs, int width, byte[] out, int offset) {
        int bits = 0;
        int x = 0;
        for (; x < width; x++) {
            bits = (bits << 1) | (inSet(crs[x], ci) ? 1 : 0);
            if ((x & 7) == 7) {
                out[offset + (x >>> 3)] = (byte) bits;
                bits = 0;
            }
        }
        if ((width & 7) != 0) {
            out[offset + (width >>> 3)] = (byte) (bits << (8 - (width & 7)));
        }
    }

    /** Whether {@code c} stays within radius 2 for all 50 iterations; no fused multiply-add. */
    static boolean inSet(double cr, double ci) {
        double zr = 0;
        double zi = 0;
        double tr = 0;
        double ti = 0;
        for (int i = 0; i < BenchmarksGamePlane.ITERATIONS && tr + ti <= BenchmarksGamePlane.BAILOUT; i++) {
            zi = 2.0 * zr * zi + ci;
            zr = tr - ti + cr;
            tr = zr * zr;
            ti = zi * zi;
        }
        return tr + ti <= BenchmarksGamePlane.BAILOUT;
    }
}
