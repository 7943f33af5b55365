package dev.mandel.farm;

/** A task or an answer that a farm end will not accept: unsigned, wrongly signed, or malformed. */
public final class TaskRefusedException extends RuntimeException {

    public TaskRefusedException(String message) {
        super(message);
    }
}
