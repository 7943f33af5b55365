package dev.mandel.poster;

import dev.mandel.color.Colorizer;
import dev.mandel.io.NpyWriter;
import dev.mandel.render.Frame;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Streams finished rows into an {@code .npy} file: int32 escape counts, or with {@code --smooth}
 * float32 continuous iteration counts ({@link Colorizer#continuousCount}; interior pixels hold the
 * iteration limit), the values the smooth colouring is made from.
 */
public final class NpySink implements PosterSink {

    private final NpyWriter npy;
    private final int maxIter;
    private final float[] row;

    /** Int32 escape counts. */
    public NpySink(OutputStream out, int width, int height) throws IOException {
        this(out, width, height, false, 0);
    }

    /** Int32 escape counts, or float32 continuous counts when {@code smooth} (the frames carry |z|^2). */
    public NpySink(OutputStream out, int width, int height, boolean smooth, int maxIter) throws IOException {
        this.npy = new NpyWriter(out, height, width, smooth ? NpyWriter.Dtype.FLOAT32 : NpyWriter.Dtype.INT32);
        this.maxIter = maxIter;
        this.row = smooth ? new float[width] : null;
    }

    @Override
    public void accept(Frame strip, int from, int to) throws IOException {
        if (row == null) {
            npy.writeRows(strip.counts(), from * strip.width(), to - from);
            return;
        }
        int width = strip.width();
        int[] counts = strip.counts();
        double[] mag2 = strip.escapeMag2();
        for (int r = from; r < to; r++) {
            int base = r * width;
            for (int i = 0; i < width; i++) {
                int n = counts[base + i];
                row[i] = n >= maxIter ? maxIter : (float) Colorizer.continuousCount(n, mag2[base + i]);
            }
            npy.writeRows(row, 0, 1);
        }
    }

    @Override
    public void finish() {
        npy.finish();
    }
}
