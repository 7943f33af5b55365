package dev.mandel.poster;

import dev.mandel.io.NpyWriter;
import dev.mandel.render.Frame;

import java.io.IOException;
import java.io.OutputStream;

/** Streams finished rows of escape counts into an {@code .npy} file. */
public final class NpySink implements PosterSink {

    private final NpyWriter npy;

    public NpySink(OutputStream out, int width, int height) throws IOException {
        this.npy = new NpyWriter(out, height, width);
    }

    @Override
    public void accept(Frame strip, int from, int to) throws IOException {
        npy.writeRows(strip.counts(), from * strip.width(), to - from);
    }

    @Override
    public void finish() {
        npy.finish();
    }
}
