package dev.mandel.farm;

/** A farm job that cannot finish: one line saying why (no worker left, a task refused). */
public final class FarmException extends IllegalStateException {

    public FarmException(String message) {
        super(message);
    }
}
