package dev.mandel.cli;

import dev.mandel.kernel.KernelProvider;
import dev.mandel.view.Viewport;

import java.util.Locale;

/** Parsing and range checks for option values, each failing with a one-line message. */
final class Args {

    private Args() {
    }

    /** {@code WxH}, each edge 1 .. {@link Viewport#MAX_EDGE}. */
    static int[] size(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("x", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("size '" + text + "' must look like WIDTHxHEIGHT, e.g. 1200x900");
        }
        int w = edge(parts[0], "width", text);
        int h = edge(parts[1], "height", text);
        return new int[] {w, h};
    }

    private static int edge(String part, String name, String whole) {
        long v;
        try {
            v = Long.parseLong(part.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("size '" + whole + "': " + name + " '" + part + "' is not a whole number");
        }
        if (v < 1 || v > Viewport.MAX_EDGE) {
            throw new IllegalArgumentException("size '" + whole + "': " + name + " must be between 1 and "
                    + Viewport.MAX_EDGE + ", got " + v);
        }
        return (int) v;
    }

    static int threads(int n) {
        if (n < 1 || n > 1024) {
            throw new IllegalArgumentException("threads must be between 1 and 1024, got " + n);
        }
        return n;
    }

    static KernelProvider.Choice kernel(String text) {
        try {
            return KernelProvider.Choice.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kernel '" + text + "' (allowed: auto, scalar, vector)");
        }
    }
}
