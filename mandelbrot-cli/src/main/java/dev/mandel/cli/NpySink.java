package dev.mandel.cli;

import dev.mandel.io.NpyWriter;
import dev.mandel.render.Frame;

import java.io.IOException;
import java.io.OutputStream;

/** Streams finished rows of escape counts into an {@code .npy} file. */
final class NpySink implements ImageSink {

    private final NpyWriter npy;

    NpySink(OutputStream out, int width, int height) throws IOException {
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
