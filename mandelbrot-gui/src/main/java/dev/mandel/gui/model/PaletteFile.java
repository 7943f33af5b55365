package dev.mandel.gui.model;

import dev.mandel.color.ColourStops;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The small text format a palette is saved in: comment lines start with {@code #}, then one
 * {@code name = ...} line and one {@code stop = POSITION #RRGGBB} line per colour stop, positions
 * from 0 to below 1, for example
 * <pre>
 * # Mandelbrot viewer palette
 * name = Sunset
 * stop = 0.0000 #000764
 * stop = 0.5000 #FFAA00
 * </pre>
 * Reading checks every line and refuses a bad file with one line naming the line and what is wrong.
 */
public final class PaletteFile {

    /** A palette file is a few dozen lines; anything larger is not one. */
    public static final int MAX_BYTES = 16 * 1024;

    private PaletteFile() {
    }

    /** A palette with the name it is saved under. */
    public record Named(String name, ColourStops stops) {
        public Named {
            name = checkName(name);
        }
    }

    /** The file's text. */
    public static String format(Named palette) {
        StringBuilder sb = new StringBuilder("# Mandelbrot viewer palette\n");
        sb.append("name = ").append(palette.name()).append('\n');
        for (ColourStops.Stop s : palette.stops().stops()) {
            // Double.toString reads back as exactly the same double: a saved palette loads unchanged.
            sb.append("stop = ").append(s.position()).append(String.format(Locale.ROOT, " #%06X%n", s.rgb()));
        }
        return sb.toString();
    }

    /** Reads a file's bytes; {@code source} names it in the message of an {@link IllegalArgumentException}. */
    public static Named parse(byte[] bytes, String source) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String name = null;
        List<ColourStops.Stop> stops = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + ", line " + (i + 1);
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(where + ": expected 'name = ...' or 'stop = POSITION #RRGGBB', got '"
                        + shorten(line) + "'");
            }
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(eq + 1).strip();
            switch (key) {
                case "name" -> {
                    if (name != null) {
                        throw new IllegalArgumentException(where + ": a second name");
                    }
                    try {
                        name = checkName(value);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(where + ": " + e.getMessage());
                    }
                }
                case "stop" -> stops.add(stop(value, where));
                default -> throw new IllegalArgumentException(where + ": unknown key '" + shorten(key)
                        + "' (allowed: name, stop)");
            }
        }
        if (name == null) {
            throw new IllegalArgumentException(source + ": no 'name = ...' line");
        }
        try {
            return new Named(name, new ColourStops(stops));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage());
        }
    }

    /** A name for the list and the file: letters, digits, spaces, {@code - _ .}, at most 40 characters. */
    public static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("a palette needs a name");
        }
        if (n.length() > 40) {
            throw new IllegalArgumentException("a palette's name must be at most 40 characters, got " + n.length());
        }
        if (!n.matches("[\\p{L}\\p{N} ._-]+") || n.startsWith(".")) {
            throw new IllegalArgumentException("a palette's name may hold letters, digits, spaces, '-', '_' and '.'"
                    + " (not first), got '" + shorten(n) + "'");
        }
        return n;
    }

    private static ColourStops.Stop stop(String value, String where) {
        String[] parts = value.split("\\s+");
        if (parts.length != 2 || !parts[1].matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException(where + ": a stop is 'POSITION #RRGGBB', got '" + shorten(value) + "'");
        }
        double position;
        try {
            position = Double.parseDouble(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": position '" + shorten(parts[0]) + "' is not a number");
        }
        try {
            return new ColourStops.Stop(position, Integer.parseInt(parts[1].substring(1), 16));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
