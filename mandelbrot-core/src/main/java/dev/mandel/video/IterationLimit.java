package dev.mandel.video;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/**
 * The iteration limit of each picture of a zoom: fixed, or rising with depth ({@code auto}).
 *
 * <p>{@code auto} is a function of the span alone, never of a picture's own counts, so
 * neighbouring frames are coloured alike and nothing flickers. Without anchors it adds a fixed
 * number of iterations per halving of the span. How fast the counts really grow depends on where
 * the zoom goes (towards a minibrot they grow far faster than linearly), so a zoom is first probed
 * at a few depths ({@link DepthProbe}) and the limit follows those anchors, interpolated
 * geometrically between them and never below the linear rule.
 */
public final class IterationLimit {

    /** The limit of the whole set (span 4) under {@code auto}. */
    public static final int AUTO_BASE = 256;
    /** Added per halving of the span under {@code auto}, before probing. */
    public static final int AUTO_PER_OCTAVE = 64;
    /** The highest limit {@code auto} chooses. */
    public static final int AUTO_CAP = 4_000_000;
    private static final BigDecimal AUTO_ORIGIN = BigDecimal.valueOf(4);

    private final int fixed;
    private final double[] anchorOctaves;
    private final int[] anchorLimits;

    private IterationLimit(int fixed, double[] anchorOctaves, int[] anchorLimits) {
        this.fixed = fixed;
        this.anchorOctaves = anchorOctaves;
        this.anchorLimits = anchorLimits;
    }

    public static IterationLimit auto() {
        return new IterationLimit(0, new double[0], new int[0]);
    }

    public static IterationLimit of(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the iteration limit must be at least 1 or 'auto', got " + n);
        }
        return new IterationLimit(n, new double[0], new int[0]);
    }

    /** Parses {@code N} or {@code auto}, with a one-line message otherwise. */
    public static IterationLimit parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("auto")) {
            return auto();
        }
        try {
            return of(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' must be a whole number >= 1 or 'auto'");
        }
    }

    /** This auto limit following {@code limits} at {@code octaves} below span 4 (ascending octaves). */
    public IterationLimit withAnchors(double[] octaves, int[] limits) {
        if (!isAuto()) {
            return this;
        }
        if (octaves.length != limits.length) {
            throw new IllegalArgumentException("one limit per anchor");
        }
        return new IterationLimit(0, octaves.clone(), limits.clone());
    }

    public boolean isAuto() {
        return fixed == 0;
    }

    /** How many halvings of the span from the whole set (4) to {@code span}. */
    public static double octaves(BigDecimal span) {
        return Math.max(0, Spans.log2Ratio(AUTO_ORIGIN, span));
    }

    /** The linear rule: {@value #AUTO_BASE} plus {@value #AUTO_PER_OCTAVE} per octave. */
    public static int linear(double octaves) {
        return (int) Math.min(AUTO_CAP, Math.round(AUTO_BASE + AUTO_PER_OCTAVE * octaves));
    }

    /** The limit for a picture of the given span. */
    public int forSpan(BigDecimal span) {
        if (!isAuto()) {
            return fixed;
        }
        double oct = octaves(span);
        int floor = linear(oct);
        if (anchorOctaves.length == 0) {
            return floor;
        }
        double prevOct = 0;
        double prevLimit = AUTO_BASE;
        for (int a = 0; a < anchorOctaves.length; a++) {
            if (oct <= anchorOctaves[a]) {
                double t = (oct - prevOct) / (anchorOctaves[a] - prevOct);
                double geometric = prevLimit * Math.pow(anchorLimits[a] / prevLimit, t);
                return (int) Math.min(AUTO_CAP, Math.max(floor, Math.round(geometric)));
            }
            prevOct = anchorOctaves[a];
            prevLimit = anchorLimits[a];
        }
        // Beyond the deepest anchor, grow as the linear rule does.
        double beyond = prevLimit * linear(oct) / (double) linear(prevOct);
        return (int) Math.min(AUTO_CAP, Math.max(floor, Math.round(beyond)));
    }

    @Override
    public String toString() {
        if (!isAuto()) {
            return Integer.toString(fixed);
        }
        if (anchorOctaves.length == 0) {
            return "auto";
        }
        StringBuilder sb = new StringBuilder("auto(");
        for (int a = 0; a < anchorOctaves.length; a++) {
            sb.append(a == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f:%d", anchorOctaves[a], anchorLimits[a]));
        }
        return sb.append(')').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IterationLimit l && l.fixed == fixed && Arrays.equals(l.anchorOctaves, anchorOctaves)
                && Arrays.equals(l.anchorLimits, anchorLimits);
    }

    @Override
    public int hashCode() {
        return 31 * fixed + Arrays.hashCode(anchorLimits);
    }
}
