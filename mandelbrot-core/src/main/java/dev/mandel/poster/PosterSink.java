package dev.mandel.poster;

import java.io.IOException;

/** Where a render's rows go as they finish: an image or an array file, completed by {@link #finish()}. */
public interface PosterSink extends RowSink {

    /** Ends the file once every row was accepted. */
    void finish() throws IOException;
}
