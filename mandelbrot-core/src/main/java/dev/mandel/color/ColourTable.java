package dev.mandel.color;

/**
 * {@link Colorizer} colours for whole rows, with banded colours looked up in a table built once per
 * palette and iteration limit: one array load per pixel instead of a logarithm, which would cost
 * as much as compressing the pixel into a PNG or painting it on the viewer's UI thread. Smooth
 * colours depend on {@code |z|^2} too and go through the colorizer per pixel; so do banded colours
 * at limits beyond {@value #MAX_TABLE} (a table that large would cost more than it saves).
 *
 * <p>A shift moves every escape count on (modulo the limit) before it is coloured: the viewer's
 * colour cycling, where the bands flow through the picture while the set (count = limit) stays put.
 */
public final class ColourTable {

    /** Largest table built (16 MiB of colours). */
    static final int MAX_TABLE = 1 << 22;

    private final Colorizer colorizer;
    private final int[] banded;
    private final int maxIter;
    private final int shift;

    public ColourTable(Palette palette, int maxIter) {
        this(new Colorizer(palette, maxIter), maxIter, 0);
    }

    /** Colours with the escape counts moved on by {@code shift} (modulo the limit). */
    public ColourTable(Palette palette, int maxIter, int shift) {
        this(new Colorizer(palette, maxIter), maxIter, shift);
    }

    public ColourTable(Colorizer colorizer, int maxIter) {
        this(colorizer, maxIter, 0);
    }

    private ColourTable(Colorizer colorizer, int maxIter, int shift) {
        this.colorizer = colorizer;
        this.maxIter = maxIter;
        this.shift = Math.floorMod(shift, Math.max(1, maxIter));
        if (maxIter < MAX_TABLE) {
            banded = new int[maxIter + 1];
            for (int c = 0; c <= maxIter; c++) {
                banded[c] = colorizer.argb(shifted(c));
            }
        } else {
            banded = null;
        }
    }

    /** The count whose colour {@code count} shows: itself moved on by the shift, the limit fixed. */
    public int shifted(int count) {
        return count >= maxIter || shift == 0 ? count : (count + shift) % maxIter;
    }

    /**
     * Colours pixels {@code [from, to)} of {@code counts} into {@code argb} starting at {@code at};
     * {@code mag2} is {@code null} for banded colouring.
     */
    public void colour(int[] counts, double[] mag2, int from, int to, int[] argb, int at) {
        int out = at;
        if (mag2 != null) {
            for (int p = from; p < to; p++) {
                argb[out++] = colorizer.smoothArgb(shifted(counts[p]), mag2[p]);
            }
        } else if (banded != null) {
            int[] lut = banded;
            for (int p = from; p < to; p++) {
                argb[out++] = lut[counts[p]];
            }
        } else {
            for (int p = from; p < to; p++) {
                argb[out++] = colorizer.argb(shifted(counts[p]));
            }
        }
    }

    /** Colours pixels {@code [from, to)} in place: {@code argb[p]} gets the colour of {@code counts[p]}. */
    public void colour(int[] counts, double[] mag2, int[] argb, int from, int to) {
        colour(counts, mag2, from, to, argb, from);
    }
}
