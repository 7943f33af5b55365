package dev.mandel.json;

/** A session file that cannot be loaded; the message is one line naming the file and the problem. */
public final class SessionFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public SessionFormatException(String message) {
        super(message);
    }
}
