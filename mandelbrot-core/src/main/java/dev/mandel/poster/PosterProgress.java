package dev.mandel.poster;

/**
 * Hears how far a strip-by-strip render is, from the thread that runs it (never from a worker).
 * Calls come every hundred milliseconds or so while strips render, and between chunks of rows
 * while they are written.
 */
public interface PosterProgress {

    /** Listens to nothing. */
    PosterProgress NONE = (rendered, written) -> { };

    /** Rows computed so far (in any strip) and rows handed to the sink so far, of the whole view. */
    void update(long rowsRendered, long rowsWritten);

    /** The render is over (finished or failed). */
    default void done() {
    }
}
