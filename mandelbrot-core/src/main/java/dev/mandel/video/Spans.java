package dev.mandel.video;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Spans as decimals of any depth ({@code 1.8e-157} is far below what a double's exponent holds once
 * a few zoom steps are multiplied out), converted to and from their base-10 logarithm, in which a
 * zoom at constant speed is a straight line.
 */
public final class Spans {

    /** Significant digits kept when a span is made from its logarithm: a double's worth. */
    private static final MathContext DIGITS = new MathContext(17);

    private Spans() {
    }

    /** {@code log10(x)} for a positive decimal of any exponent, to double precision. */
    public static double log10(BigDecimal x) {
        if (x.signum() <= 0) {
            throw new IllegalArgumentException("log of a non-positive span " + x);
        }
        BigDecimal r = x.round(DIGITS);
        return Math.log10(r.unscaledValue().doubleValue()) - r.scale();
    }

    /** {@code 10^l} as a decimal, for any {@code l} (no double underflow). */
    public static BigDecimal pow10(double l) {
        if (!Double.isFinite(l)) {
            throw new IllegalArgumentException("span exponent must be finite, got " + l);
        }
        double floor = Math.floor(l);
        double mantissa = Math.pow(10, l - floor);
        return new BigDecimal(mantissa, DIGITS).scaleByPowerOfTen((int) floor).stripTrailingZeros();
    }

    /** {@code log2(a / b)} for positive decimals. */
    public static double log2Ratio(BigDecimal a, BigDecimal b) {
        return (log10(a) - log10(b)) / Math.log10(2);
    }

    /** Parses a span typed by a user: a positive decimal such as {@code 0.005} or {@code 1e-30}. */
    public static BigDecimal parse(String text, String option) {
        BigDecimal v;
        try {
            v = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a number (e.g. 0.005 or 1e-30)");
        }
        if (v.signum() <= 0) {
            throw new IllegalArgumentException(option + " must be positive, got " + text);
        }
        return v;
    }
}
