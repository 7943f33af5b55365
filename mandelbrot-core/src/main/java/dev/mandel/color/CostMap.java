package dev.mandel.color;

/**
 * The cost map: each pixel's brightness shows what it cost to compute (its escape count), so the
 * picture itself shows where the work is. The viewer toggles it against the artistic colouring.
 *
 * <p>Brightness is {@code log(1 + count) / log(1 + max)}, with {@code max} the frame's largest
 * count: counts span three or more decades (1 far outside, {@code maxIter} inside), and a linear
 * scale would show only black and the white interior. Interior pixels, the dearest, are white;
 * a pixel that cost nothing is black. Grey, so it reads the same under any palette and in print.
 */
public final class CostMap {

    private final int maxCount;
    private final double scale;

    /** A map normalised to {@code maxCount} (the frame's largest count; 0 gives an all-black map). */
    public CostMap(int maxCount) {
        if (maxCount < 0) {
            throw new IllegalArgumentException("max count must be >= 0, got " + maxCount);
        }
        this.maxCount = maxCount;
        this.scale = maxCount == 0 ? 0 : 1.0 / Math.log1p(maxCount);
    }

    /** A map normalised to the largest count in {@code counts}. */
    public static CostMap forCounts(int[] counts) {
        int max = 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        return new CostMap(max);
    }

    public int maxCount() {
        return maxCount;
    }

    /** Brightness in {@code [0, 1]} of a pixel with {@code count} iterations (clamped above max). */
    public double brightness(int count) {
        if (count <= 0) {
            return 0;
        }
        return Math.min(1.0, Math.log1p(count) * scale);
    }

    /** Opaque grey for a pixel with {@code count} iterations. */
    public int argb(int count) {
        int g = (int) Math.round(brightness(count) * 255);
        return 0xFF000000 | g << 16 | g << 8 | g;
    }

    /** Colours pixels {@code [from, to)} of {@code counts} into {@code argb} at the same indices. */
    public void colour(int[] counts, int[] argb, int from, int to) {
        for (int p = from; p < to; p++) {
            argb[p] = argb(counts[p]);
        }
    }
}
