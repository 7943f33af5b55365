package dev.mandel.deep;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Fixed-point numbers on {@link BigInteger}: the value {@code v / 2^bits}. The reference orbit and
 * the direct (test) iteration use them because a step is then three integer multiplications and
 * shifts, with none of {@link BigDecimal}'s decimal rescaling (docs/deep-zoom.md, section 2).
 */
public final class FixedPoint {

    private FixedPoint() {
    }

    /** {@code value} rounded to the nearest multiple of {@code 2^-bits}, as the integer {@code v}. */
    public static BigInteger of(BigDecimal value, int bits) {
        return value.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(bits)))
                .setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    }

    /** The exact decimal value of {@code v / 2^bits} (a dyadic fraction always has one). */
    public static BigDecimal toDecimal(BigInteger v, int bits) {
        // v / 2^bits = v * 5^bits / 10^bits
        return new BigDecimal(v.multiply(BigInteger.valueOf(5).pow(bits)), bits);
    }

    /** The nearest double of {@code v / 2^bits}, for any size of {@code v}. */
    public static double toDouble(BigInteger v, int bits) {
        int length = v.bitLength();
        if (length <= 1000) {
            return FloatExp.scalb(v.doubleValue(), -bits);
        }
        int drop = length - 64;
        return FloatExp.scalb(v.shiftRight(drop).doubleValue(), drop - bits);
    }

    /** {@code v / 2^bits} in extended range, for any size of {@code v}. */
    public static FloatExp toFloatExp(BigInteger v, int bits) {
        int length = v.bitLength();
        int drop = Math.max(0, length - 64);
        return FloatExp.of(v.shiftRight(drop).doubleValue(), drop - bits);
    }
}
