package dev.mandel.video;

import java.math.BigDecimal;

/**
 * The iteration limit of each picture of a zoom: fixed, or rising with depth ({@code auto}).
 *
 * <p>Near the boundary the escape counts that carry the detail grow roughly linearly with the
 * number of halvings of the span, so {@code auto} adds a fixed number of iterations per zoom
 * octave. It depends on the span alone, never on a picture's own counts, so neighbouring frames
 * are coloured alike and nothing flickers.
 */
public record IterationLimit(int fixed) {

    /** The limit of the whole set (span 4) under {@code auto}. */
    public static final int AUTO_BASE = 256;
    /** Added per halving of the span under {@code auto}. */
    public static final int AUTO_PER_OCTAVE = 64;
    private static final BigDecimal AUTO_ORIGIN = BigDecimal.valueOf(4);

    /** {@code fixed == 0} means auto. */
    public IterationLimit {
        if (fixed < 0) {
            throw new IllegalArgumentException("max iterations must be at least 1, got " + fixed);
        }
    }

    public static IterationLimit auto() {
        return new IterationLimit(0);
    }

    public static IterationLimit of(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("--max-iter must be at least 1 or 'auto', got " + n);
        }
        return new IterationLimit(n);
    }

    /** Parses {@code N} or {@code auto}, with a one-line message naming the option otherwise. */
    public static IterationLimit parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("auto")) {
            return auto();
        }
        try {
            return of(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-iter '" + text + "' must be a whole number >= 1 or 'auto'");
        }
    }

    public boolean isAuto() {
        return fixed == 0;
    }

    /** The limit for a picture of the given span. */
    public int forSpan(BigDecimal span) {
        if (!isAuto()) {
            return fixed;
        }
        double octaves = Math.max(0, Spans.log2Ratio(AUTO_ORIGIN, span));
        double n = AUTO_BASE + AUTO_PER_OCTAVE * octaves;
        return (int) Math.min(Integer.MAX_VALUE - 1, Math.round(n));
    }

    @Override
    public String toString() {
        return isAuto() ? "auto" : Integer.toString(fixed);
    }
}
