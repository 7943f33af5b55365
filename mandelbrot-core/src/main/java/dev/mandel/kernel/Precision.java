package dev.mandel.kernel;

import java.util.Locale;

/**
 * The number type of the escape-time loop: what {@code --precision} accepts.
 *
 * <p>{@link #DOUBLE} is the reference (DESIGN.md section 2, exact and reproducible) and the command
 * line's default. {@link #FLOAT} runs the same loop in single precision, twice the lanes per vector.
 * {@link #AUTO} takes float where {@link PrecisionRule} says it resolves the view, double beyond:
 * the viewer's default.
 */
public enum Precision {
    DOUBLE, FLOAT, AUTO;

    /** Parses a user's value; the message names the allowed ones. */
    public static Precision parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown precision '" + text + "' (allowed: float, double, auto)");
        }
    }

    /** Lower-case name as typed on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
