package dev.mandel.poster;

import dev.mandel.color.Colorizer;
import dev.mandel.color.Supersampler;
import dev.mandel.io.PngStreamWriter;
import dev.mandel.render.Frame;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Streams an anti-aliased PNG: takes the rows of a view rendered {@code factor} times finer in each
 * direction ({@link Supersampler#fineView}), colours them, and writes one averaged image row every
 * {@code factor} fine rows. Holds one fine row of colours and one image row, whatever the size, so
 * supersampled posters stream strip by strip like plain ones.
 */
public final class SupersampledPngSink implements PosterSink {

    private final Colorizer colorizer;
    private final Supersampler supersampler;
    private final PngStreamWriter png;
    private final int[] fineRow;
    private final int[] row;

    /** An image of {@code width x height} pixels from fine rows of {@code width * factor} samples. */
    public SupersampledPngSink(OutputStream out, int width, int height, int factor, Colorizer colorizer)
            throws IOException {
        this.colorizer = colorizer;
        this.supersampler = new Supersampler(width, factor);
        this.png = new PngStreamWriter(out, width, height);
        this.fineRow = new int[width * factor];
        this.row = new int[width];
    }

    @Override
    public void accept(Frame strip, int from, int to) throws IOException {
        int fineWidth = strip.width();
        for (int r = from; r < to; r++) {
            int base = r * fineWidth;
            int[] counts = strip.counts();
            double[] mag2 = strip.escapeMag2();
            for (int i = 0; i < fineWidth; i++) {
                fineRow[i] = mag2 == null ? colorizer.argb(counts[base + i])
                        : colorizer.smoothArgb(counts[base + i], mag2[base + i]);
            }
            if (supersampler.addRow(fineRow, 0, row, 0)) {
                png.writeRow(row, 0);
            }
        }
    }

    @Override
    public void finish() throws IOException {
        png.finish();
    }
}
