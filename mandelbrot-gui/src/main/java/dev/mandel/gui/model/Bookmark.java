package dev.mandel.gui.model;

import dev.mandel.view.Viewport;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A named place in the plane: centre and span as decimal strings (so a deep location keeps all its
 * digits, whatever number type renders it), the iteration limit, and a small picture of it.
 *
 * @param thumbnail ARGB pixels, {@link #THUMB_W} x {@link #THUMB_H}
 */
public record Bookmark(String name, String centerRe, String centerIm, String span, int maxIter, int[] thumbnail) {

    public static final int THUMB_W = 96;
    public static final int THUMB_H = 64;
    /** Longest name kept: a list entry, not a document. */
    public static final int MAX_NAME = 80;

    public Bookmark {
        name = checkName(name);
        for (String[] n : new String[][] {{"centre re", centerRe}, {"centre im", centerIm}, {"span", span}}) {
            decimal(n[0], n[1]);
        }
        if (decimal("span", span).signum() <= 0) {
            throw new IllegalArgumentException("a bookmark's span must be positive, got " + span);
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException("a bookmark's max iterations must be at least 1, got " + maxIter);
        }
        if (thumbnail == null || thumbnail.length != THUMB_W * THUMB_H) {
            throw new IllegalArgumentException("a bookmark's thumbnail must be " + THUMB_W + "x" + THUMB_H + " pixels");
        }
    }

    /** A bookmark of what is on screen: its centre and width, and a thumbnail from its pixels. */
    public static Bookmark of(String name, Viewport v, int maxIter, int[] argb) {
        return new Bookmark(name, exact(v.centerRe()), exact(v.centerIm()), exact(v.spanRe()), maxIter,
                thumbnail(argb, v.width(), v.height()));
    }

    /**
     * A bookmark of a deep view on screen: its centre with every digit and its span as the decimals
     * the view holds (never through a double), so going back restores exactly that view.
     */
    public static Bookmark of(String name, dev.mandel.deep.DeepView d, int maxIter, int[] argb) {
        return new Bookmark(name, d.centreRe().toString(), d.centreIm().toString(), d.spanText(), maxIter,
                thumbnail(argb, d.width(), d.height()));
    }

    /**
     * The place on a {@code width x height} grid as a deep view (exact decimals), whether or not
     * double resolves it; its span lies across the width.
     */
    public dev.mandel.deep.DeepView deepView(int width, int height) {
        return dev.mandel.deep.DeepView.parse(centerRe.strip() + "," + centerIm.strip(), span.strip(), width, height);
    }

    /** A name a user typed, trimmed; blank or too long is refused with the reason. */
    public static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("a bookmark needs a name");
        }
        if (n.length() > MAX_NAME) {
            throw new IllegalArgumentException("a bookmark's name must be at most " + MAX_NAME + " characters, got "
                    + n.length());
        }
        return n;
    }

    /** The view this bookmark shows on a {@code width x height} grid (square pixels, its span across). */
    public Viewport view(int width, int height) {
        return Viewport.centered(decimal("centre re", centerRe).doubleValue(), decimal("centre im", centerIm).doubleValue(),
                decimal("span", span).doubleValue(), width, height);
    }

    /** One line for the list: where and how deep. */
    public String describe() {
        return String.format(Locale.ROOT, "%s %s%si · span %s · %d iterations", shorten(centerRe),
                centerIm.startsWith("-") ? "" : "+", shorten(centerIm), shorten(span), maxIter);
    }

    private static String shorten(String d) {
        BigDecimal v = new BigDecimal(d);
        return v.round(new java.math.MathContext(8)).stripTrailingZeros().toString();
    }

    /** The shortest decimal that reads back as exactly this double. */
    static String exact(double d) {
        return new BigDecimal(Double.toString(d)).toString();
    }

    static BigDecimal decimal(String what, String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("a bookmark's " + what + " must be a decimal number, got '" + text + "'");
        }
    }

    /** Box-averaged {@link #THUMB_W} x {@link #THUMB_H} copy of a picture (letterboxed to keep its shape). */
    static int[] thumbnail(int[] argb, int width, int height) {
        int[] t = new int[THUMB_W * THUMB_H];
        java.util.Arrays.fill(t, 0xFF16171A);
        double scale = Math.min((double) THUMB_W / width, (double) THUMB_H / height);
        int tw = Math.max(1, (int) Math.round(width * scale));
        int th = Math.max(1, (int) Math.round(height * scale));
        int x0 = (THUMB_W - tw) / 2;
        int y0 = (THUMB_H - th) / 2;
        for (int y = 0; y < th; y++) {
            int sy0 = (int) ((long) y * height / th);
            int sy1 = Math.max(sy0 + 1, (int) ((long) (y + 1) * height / th));
            for (int x = 0; x < tw; x++) {
                int sx0 = (int) ((long) x * width / tw);
                int sx1 = Math.max(sx0 + 1, (int) ((long) (x + 1) * width / tw));
                long r = 0;
                long g = 0;
                long b = 0;
                int n = 0;
                for (int sy = sy0; sy < sy1; sy++) {
                    for (int sx = sx0; sx < sx1; sx++) {
                        int c = argb[sy * width + sx];
                        r += (c >> 16) & 0xFF;
                        g += (c >> 8) & 0xFF;
                        b += c & 0xFF;
                        n++;
                    }
                }
                t[(y0 + y) * THUMB_W + x0 + x] = 0xFF000000 | (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
            }
        }
        return t;
    }
}
