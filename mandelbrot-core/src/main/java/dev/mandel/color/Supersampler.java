package dev.mandel.color;

import dev.mandel.view.Viewport;

/**
 * Anti-aliasing by supersampling: a view rendered on a grid {@code factor} times finer in each
 * direction (every sample an exact pixel of DESIGN.md section 2 on the finer grid, so any kernel
 * renders it) and averaged back, {@code factor x factor} samples per pixel, in linear light.
 *
 * <p>Why linear light: averaging sRGB values darkens thin bright filaments against a dark
 * background (the mean of black and white would be 50% grey instead of 73%). Rows are fed one at a
 * time, top to bottom, so the command line can stream a supersampled poster strip by strip with one
 * output row of state, and the viewer can refine a frame it already shows.
 */
public final class Supersampler {

    /** Largest factor offered: 4 x 4 = 16 samples per pixel. */
    public static final int MAX_FACTOR = 4;

    private static final float[] TO_LINEAR = new float[256];
    private static final int LINEAR_STEPS = 4095;
    private static final int[] TO_SRGB = new int[LINEAR_STEPS + 1];

    static {
        for (int i = 0; i < 256; i++) {
            double c = i / 255.0;
            TO_LINEAR[i] = (float) (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        for (int i = 0; i <= LINEAR_STEPS; i++) {
            double l = (double) i / LINEAR_STEPS;
            double c = l <= 0.0031308 ? 12.92 * l : 1.055 * Math.pow(l, 1 / 2.4) - 0.055;
            TO_SRGB[i] = (int) Math.round(Math.min(1, Math.max(0, c)) * 255);
        }
    }

    private final int width;
    private final int factor;
    private final float[] red;
    private final float[] green;
    private final float[] blue;
    private int rowsAdded;

    /** Averages into rows of {@code width} pixels from fine rows of {@code width * factor} samples. */
    public Supersampler(int width, int factor) {
        checkFactor(factor);
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1, got " + width);
        }
        this.width = width;
        this.factor = factor;
        this.red = new float[width];
        this.green = new float[width];
        this.blue = new float[width];
    }

    /** The one-line message for a factor outside 1..{@link #MAX_FACTOR}. */
    public static void checkFactor(int factor) {
        if (factor < 1 || factor > MAX_FACTOR) {
            throw new IllegalArgumentException("anti-aliasing factor must be from 1 (off) to " + MAX_FACTOR
                    + " (" + MAX_FACTOR + "x" + MAX_FACTOR + " samples per pixel), got " + factor);
        }
    }

    /**
     * The finer view whose samples are averaged: the same region on a grid {@code factor} times
     * finer in each direction.
     */
    public static Viewport fineView(Viewport v, int factor) {
        checkFactor(factor);
        long w = (long) v.width() * factor;
        long h = (long) v.height() * factor;
        if (w > Viewport.MAX_EDGE || h > Viewport.MAX_EDGE) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%dx%d with %dx%d anti-aliasing needs a %dx%d render; edges are limited to %d pixels",
                    v.width(), v.height(), factor, factor, w, h, Viewport.MAX_EDGE));
        }
        return v.withSize((int) w, (int) h);
    }

    public int factor() {
        return factor;
    }

    /**
     * Adds the next fine row ({@code width * factor} ARGB samples from {@code fine[offset]}).
     * Every {@code factor}-th row completes an output row, written to {@code out[outOffset ..
     * outOffset + width)}; returns whether it did.
     */
    public boolean addRow(int[] fine, int offset, int[] out, int outOffset) {
        for (int i = 0, p = offset; i < width; i++) {
            float r = 0;
            float g = 0;
            float b = 0;
            for (int s = 0; s < factor; s++, p++) {
                int c = fine[p];
                r += TO_LINEAR[(c >> 16) & 0xFF];
                g += TO_LINEAR[(c >> 8) & 0xFF];
                b += TO_LINEAR[c & 0xFF];
            }
            red[i] += r;
            green[i] += g;
            blue[i] += b;
        }
        if (++rowsAdded < factor) {
            return false;
        }
        float scale = (float) LINEAR_STEPS / (factor * factor);
        for (int i = 0; i < width; i++) {
            out[outOffset + i] = 0xFF000000 | TO_SRGB[Math.round(red[i] * scale)] << 16
                    | TO_SRGB[Math.round(green[i] * scale)] << 8 | TO_SRGB[Math.round(blue[i] * scale)];
            red[i] = 0;
            green[i] = 0;
            blue[i] = 0;
        }
        rowsAdded = 0;
        return true;
    }

    /** A whole fine image ({@code width*factor x height*factor} samples) averaged to {@code width x height}. */
    public static int[] downsample(int[] fine, int width, int height, int factor) {
        Supersampler s = new Supersampler(width, factor);
        int[] out = new int[Math.multiplyExact(width, height)];
        int fineWidth = width * factor;
        for (int r = 0, row = 0; r < height * factor; r++) {
            if (s.addRow(fine, r * fineWidth, out, row * width)) {
                row++;
            }
        }
        return out;
    }
}
