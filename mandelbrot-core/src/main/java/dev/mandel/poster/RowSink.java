package dev.mandel.poster;

import dev.mandel.render.Frame;

import java.io.IOException;

/** Receives finished rows in order, top to bottom: local rows {@code [from, to)} of {@code strip}. */
@FunctionalInterface
public interface RowSink {
    void accept(Frame strip, int from, int to) throws IOException;
}
