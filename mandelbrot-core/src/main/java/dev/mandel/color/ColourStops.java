package dev.mandel.color;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A cyclic gradient made of colour stops a user places: each stop a position in {@code [0, 1)} and
 * an RGB colour, colours mixed linearly between neighbours and from the last stop round to the
 * first, so repeated cycles show no seam (as {@link Palette}, whose stops are evenly spaced).
 * Immutable; the editing verbs return a new gradient or refuse with a one-line reason.
 */
public final class ColourStops implements Gradient {

    /** Fewest stops: one colour would paint every escape count alike. */
    public static final int MIN_STOPS = 2;
    /** Most stops: a ramp, not an image. */
    public static final int MAX_STOPS = 64;
    /** Closest two stops may be: positions are kept to this grain in files as well. */
    public static final double MIN_GAP = 1e-4;

    /** One stop: where on the ramp (0 inclusive to 1 exclusive) and its colour (0xRRGGBB). */
    public record Stop(double position, int rgb) {
        public Stop {
            if (!(position >= 0 && position < 1)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "a colour stop's position must be from 0 to below 1, got %s", position));
            }
            rgb &= 0xFFFFFF;
        }
    }

    private final List<Stop> stops;
    private final double[] positions;
    private final int[] colours;

    /** Stops in any order; fewer than {@value #MIN_STOPS}, more than {@value #MAX_STOPS} or two too close are refused. */
    public ColourStops(List<Stop> stops) {
        if (stops == null || stops.size() < MIN_STOPS || stops.size() > MAX_STOPS) {
            throw new IllegalArgumentException("a palette needs " + MIN_STOPS + " to " + MAX_STOPS + " colour stops, got "
                    + (stops == null ? 0 : stops.size()));
        }
        List<Stop> sorted = new ArrayList<>(stops);
        sorted.sort(Comparator.comparingDouble(Stop::position));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).position() - sorted.get(i - 1).position() < MIN_GAP) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "two colour stops at %.4f and %.4f are closer than %s", sorted.get(i - 1).position(),
                        sorted.get(i).position(), MIN_GAP));
            }
        }
        this.stops = List.copyOf(sorted);
        positions = new double[sorted.size()];
        colours = new int[sorted.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = sorted.get(i).position();
            colours[i] = sorted.get(i).rgb();
        }
    }

    /** The stops, by position. */
    public List<Stop> stops() {
        return stops;
    }

    public int size() {
        return stops.size();
    }

    @Override
    public int argb(double t) {
        double f = t - Math.floor(t);
        int n = positions.length;
        // The stop at or before f; before the first stop, the segment wraps from the last one.
        int a = n - 1;
        for (int i = 0; i < n; i++) {
            if (positions[i] <= f) {
                a = i;
            } else {
                break;
            }
        }
        int b = (a + 1) % n;
        double from = positions[a];
        double to = b == 0 ? positions[0] + 1 : positions[b];
        double at = f < from ? f + 1 : f;
        double w = (at - from) / (to - from);
        return 0xFF000000 | Palette.mix(colours[a], colours[b], Math.min(1, Math.max(0, w)));
    }

    /** A stop added at {@code position}, coloured as the ramp is there now (the picture does not change). */
    public ColourStops withStopAt(double position) {
        List<Stop> next = new ArrayList<>(stops);
        next.add(new Stop(position, argb(position)));
        return new ColourStops(next);
    }

    /** Stop {@code index} (by position) moved to {@code position}, keeping its colour. */
    public ColourStops withMoved(int index, double position) {
        List<Stop> next = new ArrayList<>(stops);
        next.set(check(index), new Stop(position, stops.get(index).rgb()));
        return new ColourStops(next);
    }

    /** Stop {@code index} with a new colour. */
    public ColourStops withColour(int index, int rgb) {
        List<Stop> next = new ArrayList<>(stops);
        next.set(check(index), new Stop(stops.get(index).position(), rgb));
        return new ColourStops(next);
    }

    /** Stop {@code index} removed; the last {@value #MIN_STOPS} cannot be. */
    public ColourStops without(int index) {
        List<Stop> next = new ArrayList<>(stops);
        next.remove(check(index));
        return new ColourStops(next);
    }

    /** The index of the stop at {@code position} (exactly), or -1. */
    public int indexOf(double position) {
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] == position) {
                return i;
            }
        }
        return -1;
    }

    private int check(int index) {
        if (index < 0 || index >= stops.size()) {
            throw new IllegalArgumentException("no colour stop " + index + " (the palette has " + stops.size() + ")");
        }
        return index;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColourStops other && other.stops.equals(stops);
    }

    @Override
    public int hashCode() {
        return stops.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Stop s : stops) {
            sb.append(sb.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.4f:#%06X", s.position(), s.rgb()));
        }
        return sb.toString();
    }
}
