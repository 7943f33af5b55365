package dev.mandel.video;

import java.io.IOException;

/** Where the frames of a zoom go, in order: an encoder, a folder of images, a test's list. */
public interface FrameSink {

    /** Takes the next frame's opaque ARGB pixels (row-major); the array is not kept. */
    void accept(int[] argb) throws IOException;

    /** All frames were given: complete the output. */
    void finish() throws IOException;

    /** The zoom stopped early: remove anything half-made; never throws. */
    void abort();
}
