package dev.mandel.settings;

import dev.mandel.color.Palette;

/** How escape counts become colours: a palette, banded or smooth (continuous iteration count). */
public record ColourSettings(Palette palette, boolean smooth) {

    public ColourSettings {
        if (palette == null) {
            throw new IllegalArgumentException("a palette is required");
        }
    }
}
