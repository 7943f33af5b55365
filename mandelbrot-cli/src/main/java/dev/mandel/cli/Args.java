package dev.mandel.cli;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.deep.DeepView;
import dev.mandel.view.Viewport;

import java.math.BigDecimal;
import java.util.Locale;

/** Parsing and range checks for option values, each failing with a one-line message naming the value. */
final class Args {

    /** Largest {@code --threads}: far beyond any core count, small enough to never exhaust native threads. */
    static final int MAX_THREADS = 1024;

    private Args() {
    }

    /** {@code WxH}, each edge 1 .. {@link Viewport#MAX_EDGE}. */
    static int[] size(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("x", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("size '" + text + "' must look like WIDTHxHEIGHT, e.g. 1200x900");
        }
        int w = edge(parts[0], "width", text);
        int h = edge(parts[1], "height", text);
        return new int[] {w, h};
    }

    private static int edge(String part, String name, String whole) {
        long v;
        try {
            v = Long.parseLong(part.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("size '" + whole + "': " + name + " '" + part + "' is not a whole number");
        }
        if (v < 1 || v > Viewport.MAX_EDGE) {
            throw new IllegalArgumentException("size '" + whole + "': " + name + " must be between 1 and "
                    + Viewport.MAX_EDGE + ", got " + v);
        }
        return (int) v;
    }

    /** {@code XMIN,XMAX,YMIN,YMAX}: four finite numbers, each minimum below its maximum. */
    static double[] region(String text) {
        double[] v = numbers(text, 4, "--region", "XMIN,XMAX,YMIN,YMAX, e.g. -2.2,0.8,-1.2,1.2");
        if (!(v[0] < v[1])) {
            throw new IllegalArgumentException("--region '" + text + "': XMIN (" + v[0] + ") must be less than XMAX ("
                    + v[1] + ")");
        }
        if (!(v[2] < v[3])) {
            throw new IllegalArgumentException("--region '" + text + "': YMIN (" + v[2] + ") must be less than YMAX ("
                    + v[3] + ")");
        }
        return v;
    }

    /** {@code RE,IM}: two finite numbers. */
    static double[] center(String text) {
        return numbers(text, 2, "--center", "RE,IM, e.g. -0.7463,0.1102");
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

    static int partitionFactor(int f) {
        if (f < 1) {
            throw new IllegalArgumentException("--partition-factor must be at least 1 (1 = one band per worker), got " + f);
        }
        return f;
    }

    private static double[] numbers(String text, int count, String option, String shape) {
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            throw new IllegalArgumentException(option + " '" + text + "' must be " + shape);
        }
        double[] v = new double[count];
        for (int k = 0; k < count; k++) {
            String p = parts[k].trim();
            try {
                v[k] = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " '" + text + "': '" + p + "' is not a number");
            }
            if (!Double.isFinite(v[k])) {
                throw new IllegalArgumentException(option + " '" + text + "': '" + p + "' is not a finite number");
            }
        }
        return v;
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
