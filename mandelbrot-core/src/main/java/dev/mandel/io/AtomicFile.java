package dev.mandel.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes one file all or nothing: an {@link OutputTransaction} of one output, for saves that stand
 * alone (the viewer's exports, preferences, reports). Commands that write several files use one
 * transaction for all of them instead.
 *
 * <p>Every failure, including a path that cannot be written, is an {@link IOException} whose
 * message names the file: a save action reports it in one line and nothing on disk changed.
 */
public final class AtomicFile {

    /** Writes the content to a stream; may throw. */
    @FunctionalInterface
    public interface Content extends OutputTransaction.Content {
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        try {
            OutputTransaction.writeOne(target, "file", content);
        } catch (OutputPathException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
