package dev.mandel.color;

/**
 * {@link Colorizer} colours for whole rows, with banded colours looked up in a table built once per
 * palette and iteration limit: one array load per pixel instead of a logarithm, which would cost
 * as much as compressing the pixel into a PNG or painting it on the viewer's UI thread. Smooth
 * colours depend on {@code |z|^2} too and go through the colorizer per pixel; so do banded colours
 * at limits beyond {@value #MAX_TABLE} (a table that large would cost more than it saves).
 *
 * <p>A floor ({@link CountFloor}) makes colours count from a deep frame's lowest count: count
 * {@code c} is coloured as {@code c - floor} under the limit {@code maxIter - floor}.
 *
 * <p>A shift moves every escape count on (modulo the limit) before it is coloured: the viewer's
 * colour cycling, where the bands flow through the picture while the set (count = limit) stays put.
 */
public final class ColourTable {

    /** Largest table built (16 MiB of colours). */
    static final int MAX_TABLE = 1 << 22;

    private final Colorizer colorizer;
    private final int[] banded;
    private final int floor;
    /** The limit colours are counted against: the frame's limit less the floor. */
    private final int limit;
    private final int shift;

    public ColourTable(Gradient palette, int maxIter) {
        this(palette, maxIter, 0, 0);
    }

    /** Colours with the escape counts moved on by {@code shift} (modulo the limit). */
    public ColourTable(Gradient palette, int maxIter, int shift) {
        this(palette, maxIter, 0, shift);
    }

    /**
     * Colours counting from {@code floor} (see {@link CountFloor}; 0 for absolute counts), moved on
     * by {@code shift}. Counts below the floor are coloured as the floor.
     */
    public ColourTable(Gradient palette, int maxIter, int floor, int shift) {
        if (floor < 0 || floor > maxIter) {
            throw new IllegalArgumentException("colour floor " + floor + " is outside 0.." + maxIter);
        }
        this.floor = floor;
        this.limit = maxIter - floor;
        this.colorizer = new Colorizer(palette, limit);
        this.shift = Math.floorMod(shift, Math.max(1, limit));
        if (limit < MAX_TABLE) {
            banded = new int[limit + 1];
            for (int c = 0; c <= limit; c++) {
                banded[c] = colorizer.argb(shifted(c));
            }
        } else {
            banded = null;
        }
    }

    public ColourTable(Colorizer colorizer, int maxIter) {
        this.colorizer = colorizer;
        this.floor = 0;
        this.limit = maxIter;
        this.shift = 0;
        if (maxIter < MAX_TABLE) {
            banded = new int[maxIter + 1];
            for (int c = 0; c <= maxIter; c++) {
                banded[c] = colorizer.argb(c);
            }
        } else {
            banded = null;
        }
    }

    /** The count colours start from (0 unless a deep frame's floor was given). */
    public int floor() {
        return floor;
    }

    /**
     * The count (above the floor) whose colour {@code count - floor} shows: moved on by the shift,
     * the limit fixed.
     */
    public int shifted(int count) {
        return count >= limit || shift == 0 ? count : (count + shift) % limit;
    }

    /**
     * Colours pixels {@code [from, to)} of {@code counts} into {@code argb} starting at {@code at};
     * {@code mag2} is {@code null} for banded colouring.
     */
    public void colour(int[] counts, double[] mag2, int from, int to, int[] argb, int at) {
        int out = at;
        int base = floor;
        if (mag2 != null) {
            for (int p = from; p < to; p++) {
                argb[out++] = colorizer.smoothArgb(shifted(Math.max(0, counts[p] - base)), mag2[p]);
            }
        } else if (banded != null) {
            int[] lut = banded;
            if (base == 0) {
                for (int p = from; p < to; p++) {
                    argb[out++] = lut[counts[p]];
                }
            } else {
                for (int p = from; p < to; p++) {
                    argb[out++] = lut[Math.max(0, counts[p] - base)];
                }
            }
        } else {
            for (int p = from; p < to; p++) {
                argb[out++] = colorizer.argb(shifted(Math.max(0, counts[p] - base)));
            }
        }
    }

    /** Colours pixels {@code [from, to)} in place: {@code argb[p]} gets the colour of {@code counts[p]}. */
    public void colour(int[] counts, double[] mag2, int[] argb, int from, int to) {
        colour(counts, mag2, from, to, argb, from);
    }
}
