package dev.mandel.io;

/**
 * An output path that cannot be used (missing folder, a folder, read-only, wrong extension, a name
 * too long, a special file that must not be written). A usage error found before any work starts:
 * the message is one line that names the option and the path.
 */
public final class OutputPathException extends IllegalArgumentException {

    public OutputPathException(String message) {
        super(message);
    }
}
