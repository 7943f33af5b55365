package dev.mandel.pbm;

/**
 * Computes rows of the Benchmarks Game bitmap ({@link BenchmarksGamePlane}). Implementations are
 * stateless and called from several threads at once; each call writes only its own row.
 */
interface BitmapRows {

    /** Short name for summaries and tests. */
    String name();

    /**
     * Pixels a row's real parts must be padded to: {@code crs} passed to {@link #row} holds at
     * least {@code width} rounded up to a multiple of this (padding values are any finite doubles).
     */
    int block();

    /**
     * Writes the packed bits of one row (most significant bit first, leftmost pixel first) to
     * {@code out[offset ..]}: {@code ceil(width / 8)} bytes, padding bits of the last byte zero.
     *
     * @param ci  the row's imaginary part
     * @param crs the real part of every column, padded as {@link #block()} says
     */
    void row(double ci, double[] crs, int width, byte[] out, int offset);
}
