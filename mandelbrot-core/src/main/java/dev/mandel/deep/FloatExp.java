package dev.mandel.deep;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An extended-range real number: a double mantissa times {@code 2^exponent} with an {@code int}
 * exponent, for values far below double's smallest normal (2.2e-308) or above its largest
 * (docs/deep-zoom.md, section 6).
 *
 * <p>Normalised values have {@code 0.5 <= |mantissa| < 1}; zero is mantissa 0 with exponent
 * {@link #ZERO_EXPONENT}. This record is for set-up code (views, tables); the pixel loops keep
 * mantissas and exponents in local variables instead, because an object per step would cost more
 * than the arithmetic.
 */
public record FloatExp(double mantissa, int exponent) {

    /** Exponent of zero: so low that zero loses every comparison and vanishes in every sum. */
    public static final int ZERO_EXPONENT = Integer.MIN_VALUE / 4;

    public static final FloatExp ZERO = new FloatExp(0, ZERO_EXPONENT);

    /** {@code m * 2^e}, normalised. */
    public static FloatExp of(double m, int e) {
        if (m == 0 || !Double.isFinite(m)) {
            if (m == 0) {
                return ZERO;
            }
            throw new ArithmeticException("not a finite number: " + m);
        }
        int shift = Math.getExponent(m) + 1;
        return new FloatExp(Math.scalb(m, -shift), e + shift);
    }

    public static FloatExp of(double value) {
        return of(value, 0);
    }

    /** The nearest extended-range value of a decimal (relative error about 2^-53). */
    public static FloatExp of(BigDecimal value) {
        if (value.signum() == 0) {
            return ZERO;
        }
        BigInteger unscaled = value.unscaledValue();
        int scale = value.scale();
        // value = unscaled * 10^-scale; estimate its binary exponent, scale it near 1 exactly
        // (a power of two is exact in BigDecimal), then round once to double.
        int e2 = (int) Math.floor(log2(value));
        BigDecimal scaled = e2 >= 0
                ? value.divide(new BigDecimal(BigInteger.ONE.shiftLeft(e2)), MathContext.DECIMAL128)
                : value.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(-e2)));
        return of(scaled.round(MathContext.DECIMAL128).doubleValue(), e2);
    }

    /** log2 of a positive or negative decimal's magnitude, to about double accuracy. */
    public static double log2(BigDecimal value) {
        BigInteger u = value.unscaledValue().abs();
        int bits = u.bitLength();
        int drop = Math.max(0, bits - 62);
        double top = u.shiftRight(drop).doubleValue();
        return Math.log(top) / Math.log(2) + drop - value.scale() * (Math.log(10) / Math.log(2));
    }

    public FloatExp times(FloatExp o) {
        return of(mantissa * o.mantissa, exponent + o.exponent);
    }

    public FloatExp times(double d) {
        return of(mantissa * d, exponent);
    }

    public FloatExp plus(FloatExp o) {
        if (mantissa == 0) {
            return o;
        }
        if (o.mantissa == 0) {
            return this;
        }
        if (exponent >= o.exponent) {
            return of(mantissa + scaleDown(o.mantissa, exponent - o.exponent), exponent);
        }
        return of(o.mantissa + scaleDown(mantissa, o.exponent - exponent), o.exponent);
    }

    public FloatExp minus(FloatExp o) {
        return plus(o.negate());
    }

    public FloatExp negate() {
        return new FloatExp(-mantissa, exponent);
    }

    public FloatExp abs() {
        return new FloatExp(Math.abs(mantissa), exponent);
    }

    public FloatExp divide(FloatExp o) {
        return of(mantissa / o.mantissa, exponent - o.exponent);
    }

    public int signum() {
        return (int) Math.signum(mantissa);
    }

    public int compareTo(FloatExp o) {
        return Double.compare(minus(o).mantissa, 0);
    }

    public boolean isZero() {
        return mantissa == 0;
    }

    /** The nearest double: 0 or a subnormal when too small, infinite when too large. */
    public double toDouble() {
        return mantissa == 0 ? 0 : scalb(mantissa, exponent);
    }

    /** log10 of the magnitude (for messages and depth rules). */
    public double log10() {
        return mantissa == 0 ? Double.NEGATIVE_INFINITY
                : Math.log10(Math.abs(mantissa)) + exponent * Math.log10(2);
    }

    /** {@code m * 2^-shift} for {@code shift >= 0}, 0 when the shift is beyond any double's range. */
    static double scaleDown(double m, int shift) {
        return shift > 2200 ? 0 : Math.scalb(m, -shift);
    }

    /** {@link Math#scalb} for exponents far outside int-safe ranges of a double. */
    static double scalb(double m, int e) {
        if (e > 2200) {
            return m == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, m);
        }
        if (e < -2200) {
            return 0 * m;
        }
        return Math.scalb(m, e);
    }

    @Override
    public String toString() {
        if (mantissa == 0) {
            return "0";
        }
        double l = log10();
        long whole = (long) Math.floor(l);
        double lead = Math.copySign(Math.pow(10, l - whole), mantissa);
        return String.format(java.util.Locale.ROOT, "%.6ge%d", lead, whole);
    }
}
