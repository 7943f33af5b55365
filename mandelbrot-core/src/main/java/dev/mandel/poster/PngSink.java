package dev.mandel.poster;

import dev.mandel.color.ColourTable;
import dev.mandel.io.PngStreamWriter;
import dev.mandel.render.Frame;

import java.io.IOException;
import java.io.OutputStream;

/** Colours finished rows ({@link ColourTable}) and streams them into a PNG; holds one row of pixels. */
public final class PngSink implements PosterSink {

    private final ColourTable colours;
    private final PngStreamWriter png;
    private final int[] row;

    public PngSink(OutputStream out, int width, int height, ColourTable colours) throws IOException {
        this.colours = colours;
        this.png = new PngStreamWriter(out, width, height);
        this.row = new int[width];
    }

    @Override
    public void accept(Frame strip, int from, int to) throws IOException {
        int width = strip.width();
        for (int r = from; r < to; r++) {
            colours.colour(strip.counts(), strip.escapeMag2(), r * width, (r + 1) * width, row, 0);
            png.writeRow(row, 0);
        }
    }

    @Override
    public void finish() throws IOException {
        png.finish();
    }
}
