package dev.mandel.color;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A cyclic colour gradient: a position {@code t} in {@code [0, 1)} maps to an RGB colour by linear
 * interpolation between evenly spaced stops, wrapping from the last stop to the first so that
 * repeated cycles over many iterations show no seam.
 */
public enum Palette implements Gradient {

    /** Deep blue through white to gold and back: the familiar look of escape-time renderers. */
    CLASSIC(0x000764, 0x206BCB, 0xEDFFFF, 0xFFAA00, 0x300200),
    /** Black-red-orange-yellow-white embers. */
    FIRE(0x000000, 0x5A0A00, 0xC83200, 0xFF9A00, 0xFFF0A0, 0xC83200),
    /** Teal and sea-foam over navy. */
    OCEAN(0x02040F, 0x0B3A6B, 0x1E88A8, 0x7FE0D0, 0xF5FFFA, 0x1E88A8),
    /** Perceptually ordered purple-blue-green-yellow, for reading cost at a glance. */
    AURORA(0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725, 0x21918C, 0x3B528B),
    /** Plain grey ramp, for print and for colour-blind readers. */
    GRAYSCALE(0x101010, 0xF0F0F0);

    private final int[] stops;

    Palette(int... stops) {
        this.stops = stops;
    }

    @Override
    public int argb(double t) {
        double f = t - Math.floor(t);
        double pos = f * stops.length;
        int a = (int) pos;
        if (a >= stops.length) {
            a = stops.length - 1;
        }
        int b = (a + 1) % stops.length;
        double w = pos - a;
        return 0xFF000000 | mix(stops[a], stops[b], w);
    }

    /** The same ramp as editable stops, evenly spaced from 0, for a palette editor to start from. */
    public ColourStops toStops() {
        java.util.List<ColourStops.Stop> list = new java.util.ArrayList<>();
        for (int i = 0; i < stops.length; i++) {
            list.add(new ColourStops.Stop((double) i / stops.length, stops[i]));
        }
        return new ColourStops(list);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Palette parse(String text) {
        for (Palette p : values()) {
            if (p.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown palette '" + text + "' (allowed: " + ids() + ")");
    }

    public static String ids() {
        return Arrays.stream(values()).map(Palette::id).collect(Collectors.joining(", "));
    }

    /** Linear mix of two RGB colours, {@code w} of the way from {@code c0} to {@code c1}. */
    static int mix(int c0, int c1, double w) {
        int r = (int) Math.round(((c0 >> 16) & 0xFF) * (1 - w) + ((c1 >> 16) & 0xFF) * w);
        int g = (int) Math.round(((c0 >> 8) & 0xFF) * (1 - w) + ((c1 >> 8) & 0xFF) * w);
        int bl = (int) Math.round((c0 & 0xFF) * (1 - w) + (c1 & 0xFF) * w);
        return (r << 16) | (g << 8) | bl;
    }
}
