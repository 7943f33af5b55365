package dev.mandel.cli;

import dev.mandel.deep.DeepView;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.settings.EngineSettings;
import dev.mandel.view.ImageSize;

import java.math.BigDecimal;

/** Parsing and range checks for option values, each failing with a one-line message naming the value. */
final class Args {

    /** Largest {@code --threads}. */
    static final int MAX_THREADS = EngineSettings.MAX_THREADS;

    private Args() {
    }

    /** {@code WxH} as {@link ImageSize} reads it, as {@code [width, height]}. */
    static int[] size(String text) {
        ImageSize size = ImageSize.parse(text);
        return new int[] {size.width(), size.height()};
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

    /** {@code --max-iter}: a whole number of at least 1 (the caller handles {@code auto}). */
    static int maxIter(String text) {
        long n;
        try {
            n = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-iter must be a whole number of at least 1 or 'auto', got '"
                    + abbreviate(text) + "'");
        }
        if (n < 1) {
            throw new IllegalArgumentException("--max-iter must be at least 1, got " + n + " (or 'auto')");
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--max-iter must be at most " + Integer.MAX_VALUE + ", got " + n);
        }
        return (int) n;
    }

    static int threads(int n) {
        if (n < 1 || n > MAX_THREADS) {
            throw new IllegalArgumentException("--threads must be between 1 and " + MAX_THREADS + ", got " + n);
        }
        return n;
    }

    static KernelProvider.Choice kernel(String text) {
        return EngineSettings.parseKernel(text);
    }
}
