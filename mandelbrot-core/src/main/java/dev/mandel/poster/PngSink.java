package dev.mandel.poster;

import dev.mandel.color.Colorizer;
import dev.mandel.io.PngStreamWriter;
import dev.mandel.render.Frame;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Colours finished rows and streams them into a PNG; holds one row of pixels.
 *
 * <p>Banded colours depend on the count alone, so they are looked up in a table of
 * {@code maxIter + 1} colours built once (a logarithm per pixel would otherwise cost as much as
 * compressing it); smooth colours depend on {@code |z|^2} too and are computed per pixel.
 */
public final class PngSink implements PosterSink {

    /** Largest colour table built (16 MiB); deeper limits colour each pixel directly. */
    private static final int MAX_TABLE = 1 << 22;

    private final Colorizer colorizer;
    private final int[] table;
    private final PngStreamWriter png;
    private final int[] row;

    public PngSink(OutputStream out, int width, int height, Colorizer colorizer, int maxIter) throws IOException {
        this.colorizer = colorizer;
        this.table = maxIter < MAX_TABLE ? colourTable(colorizer, maxIter) : null;
        this.png = new PngStreamWriter(out, width, height);
        this.row = new int[width];
    }

    private static int[] colourTable(Colorizer colorizer, int maxIter) {
        int[] t = new int[maxIter + 1];
        for (int c = 0; c <= maxIter; c++) {
            t[c] = colorizer.argb(c);
        }
        return t;
    }

    @Override
    public void accept(Frame strip, int from, int to) throws IOException {
        int width = strip.width();
        int[] counts = strip.counts();
        double[] mag2 = strip.escapeMag2();
        for (int r = from; r < to; r++) {
            int base = r * width;
            if (mag2 != null) {
                for (int i = 0; i < width; i++) {
                    row[i] = colorizer.smoothArgb(counts[base + i], mag2[base + i]);
                }
            } else if (table != null) {
                for (int i = 0; i < width; i++) {
                    row[i] = table[counts[base + i]];
                }
            } else {
                for (int i = 0; i < width; i++) {
                    row[i] = colorizer.argb(counts[base + i]);
                }
            }
            png.writeRow(row, 0);
        }
    }

    @Override
    public void finish() throws IOException {
        png.finish();
    }
}
