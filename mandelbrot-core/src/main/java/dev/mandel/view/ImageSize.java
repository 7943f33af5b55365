package dev.mandel.view;

import java.util.Locale;

/** An image's size in pixels, written {@code WIDTHxHEIGHT}; each edge 1 .. {@link Viewport#MAX_EDGE}. */
public record ImageSize(int width, int height) {

    public ImageSize {
        if (width < 1 || width > Viewport.MAX_EDGE || height < 1 || height > Viewport.MAX_EDGE) {
            throw new IllegalArgumentException("size " + width + "x" + height + ": each edge must be between 1 and "
                    + Viewport.MAX_EDGE);
        }
    }

    /** Parses {@code WIDTHxHEIGHT}, with a one-line message naming the text and what is wrong. */
    public static ImageSize parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("x", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("size '" + text + "' must look like WIDTHxHEIGHT, e.g. 1200x900");
        }
        return new ImageSize(edge(parts[0], "width", text), edge(parts[1], "height", text));
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

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
