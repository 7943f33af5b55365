package dev.mandel.cli;

import dev.mandel.color.Colorizer;
import dev.mandel.io.PngStreamWriter;
import dev.mandel.render.Frame;

import java.io.IOException;
import java.io.OutputStream;

/** Colours finished rows and streams them into a PNG; holds one row of pixels. */
final class PngSink implements ImageSink {

    private final Colorizer colorizer;
    private final PngStreamWriter png;
    private final int[] row;

    PngSink(OutputStream out, int width, int height, Colorizer colorizer) throws IOException {
        this.colorizer = colorizer;
        this.png = new PngStreamWriter(out, width, height);
        this.row = new int[width];
    }

    @Override
    public void accept(Frame strip, int from, int to) throws IOException {
        int width = strip.width();
        int[] counts = strip.counts();
        double[] mag2 = strip.escapeMag2();
        for (int r = from; r < to; r++) {
            int base = r * width;
            if (mag2 == null) {
                for (int i = 0; i < width; i++) {
                    row[i] = colorizer.argb(counts[base + i]);
                }
            } else {
                for (int i = 0; i < width; i++) {
                    row[i] = colorizer.smoothArgb(counts[base + i], mag2[base + i]);
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
