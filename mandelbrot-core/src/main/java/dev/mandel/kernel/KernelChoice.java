package dev.mandel.kernel;

import java.util.Locale;

/**
 * Which escape kernel a user asks for ({@code --kernel}, the viewer's kernel box, a saved session):
 * {@link #AUTO} takes the vector kernel where {@link KernelProvider} says it can win, the scalar one
 * elsewhere.
 */
public enum KernelChoice {
    AUTO, SCALAR, VECTOR;

    /** Parses a user's value; the message names the allowed ones. */
    public static KernelChoice parse(String text) {
        for (KernelChoice c : values()) {
            if (text != null && c.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown kernel '" + text + "' (allowed: auto, scalar, vector)");
    }

    /** Lower-case name as typed on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
