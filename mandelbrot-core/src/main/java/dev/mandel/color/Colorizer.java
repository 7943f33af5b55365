package dev.mandel.color;

/**
 * Turns escape counts into pixels: interior (never escaped) black, exterior coloured by a palette.
 *
 * <p>The palette position grows with the logarithm of the iteration count, so the thin bands of
 * high counts near the set get as much colour variety as the wide, cheap outer region; the same
 * mapping reads well from the full set down to deep zooms.
 *
 * <p>Smooth colouring replaces the integer count {@code n} by the continuous
 * {@code nu = n + 1 - log2(ln|z_n|)} (normalised for bailout radius 2), which removes the visible
 * bands between consecutive counts. It needs {@code |z_n|^2} at escape from the kernel's smooth mode.
 */
public final class Colorizer {

    /** Palette cycles per doubling of the iteration count. */
    private static final double CYCLES_PER_OCTAVE = 0.22;
    private static final int INTERIOR = 0xFF000000;
    private static final double LN2 = Math.log(2);

    private final Gradient palette;
    private final int maxIter;

    public Colorizer(Gradient palette, int maxIter) {
        this.palette = palette;
        this.maxIter = maxIter;
    }

    /** Colour of a pixel from its count alone (banded). */
    public int argb(int count) {
        if (count >= maxIter) {
            return INTERIOR;
        }
        return palette.argb(position(count));
    }

    /** Colour of a pixel from its count and {@code |z|^2} at escape (smooth). */
    public int smoothArgb(int count, double escapeMag2) {
        if (count >= maxIter) {
            return INTERIOR;
        }
        return palette.argb(position(continuousCount(count, escapeMag2)));
    }

    /**
     * The continuous iteration count: {@code n + 1 - log2(ln|z_n| / ln 2)}. At the bailout
     * ({@code |z| = 2}) this is {@code n + 1}; for larger {@code |z|} it falls smoothly toward
     * {@code n}, joining the next band without a step.
     */
    public static double continuousCount(int count, double escapeMag2) {
        double lnAbsZ = 0.5 * Math.log(escapeMag2);
        double nu = count + 1 - Math.log(lnAbsZ / LN2) / LN2;
        return Math.max(nu, 0);
    }

    /**
     * Colours pixels {@code [from, to)} of {@code counts} into {@code argb} at the same indices;
     * {@code escapeMag2} may be {@code null} for banded colouring.
     */
    public void colour(int[] counts, double[] escapeMag2, int[] argb, int from, int to) {
        if (escapeMag2 == null) {
            for (int p = from; p < to; p++) {
                argb[p] = argb(counts[p]);
            }
        } else {
            for (int p = from; p < to; p++) {
                argb[p] = smoothArgb(counts[p], escapeMag2[p]);
            }
        }
    }

    private static double position(double iterations) {
        return Math.log1p(iterations) / LN2 * CYCLES_PER_OCTAVE;
    }
}
