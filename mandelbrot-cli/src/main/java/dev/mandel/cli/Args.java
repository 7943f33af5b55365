package dev.mandel.cli;

import dev.mandel.deep.DeepView;
import dev.mandel.settings.EngineSettings;

import java.math.BigDecimal;

/**
 * Checks of option values that picocli's converters cannot make alone (ranges of plain numbers, the
 * exact decimal view of {@code --center} with {@code --span}), each failing with a one-line message
 * naming the option and the value.
 */
final class Args {

    private Args() {
    }

    /** {@code --center RE,IM} and {@code --span S} as an exact decimal view (any number of digits). */
    static DeepView deepView(String center, String span, int width, int height) {
        String[] parts = center.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("--center '" + abbreviate(center) + "' must be RE,IM, e.g. -0.7463,0.1102");
        }
        BigDecimal re = decimal("--center", center, parts[0]);
        BigDecimal im = decimal("--center", center, parts[1]);
        BigDecimal s = decimal("--span", span, span);
        if (s.signum() <= 0 || s.compareTo(DeepView.MIN_SPAN) < 0 || s.compareTo(DeepView.MAX_SPAN) > 0) {
            throw new IllegalArgumentException("--span must be a positive number between 1e-2000 and 1e3, got '"
                    + abbreviate(span) + "'");
        }
        if (re.abs().compareTo(DeepView.MAX_CENTRE) > 0 || im.abs().compareTo(DeepView.MAX_CENTRE) > 0) {
            throw new IllegalArgumentException("--center '" + abbreviate(center) + "' must lie within +-1000");
        }
        return new DeepView(re, im, s, width, height);
    }

    private static BigDecimal decimal(String option, String whole, String part) {
        String p = part.trim();
        try {
            if (p.length() > 100_000) {
                throw new NumberFormatException();
            }
            BigDecimal v = new BigDecimal(p);
            if (Math.abs((long) v.scale()) > 100_000) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " '" + abbreviate(whole) + "': '" + abbreviate(p)
                    + "' is not a decimal number (digits, optional sign, point and exponent such as 1.8e-157)");
        }
    }

    /** A long option value cut for a message or a summary. */
    static String abbreviate(String text) {
        return text.length() <= 48 ? text : text.substring(0, 45) + "...";
    }

    /** {@code --threads}: 1 .. {@link EngineSettings#MAX_THREADS}, or every core when not given. */
    static int threads(Integer n) {
        if (n == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (n < 1 || n > EngineSettings.MAX_THREADS) {
            throw new IllegalArgumentException("--threads must be between 1 and " + EngineSettings.MAX_THREADS
                    + ", got " + n);
        }
        return n;
    }

    static int partitionFactor(int f) {
        if (f < 1) {
            throw new IllegalArgumentException("--partition-factor must be at least 1 (1 = one band per worker), got " + f);
        }
        return f;
    }

    /** Runs a core check and prefixes its message with the option that carried the value. */
    static <T> T named(String option, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #named(String, java.util.function.Supplier)}, for a check that returns nothing. */
    static void named(String option, Runnable check) {
        named(option, () -> {
            check.run();
            return null;
        });
    }
}
