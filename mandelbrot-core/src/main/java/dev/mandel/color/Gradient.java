package dev.mandel.color;

/**
 * A cyclic colour ramp: what {@link Colorizer} and {@link ColourTable} colour escape counts with.
 * The built-in {@link Palette}s are gradients, and so are the {@link ColourStops} a user edits.
 */
public interface Gradient {

    /** Opaque ARGB colour at cyclic position {@code t} (any real; only its fractional part counts). */
    int argb(double t);
}
