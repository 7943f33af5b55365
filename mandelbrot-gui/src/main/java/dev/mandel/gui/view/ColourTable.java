package dev.mandel.gui.view;

import dev.mandel.color.Colorizer;
import dev.mandel.color.Palette;

/**
 * Core {@link Colorizer} colours, with banded colours looked up in a table built once per palette
 * and iteration limit: one array load per pixel instead of a logarithm, so painting finished rows
 * on the FX thread stays far below a frame's time budget. Smooth colours depend on {@code |z|^2}
 * and go through the colorizer per pixel.
 */
final class ColourTable {

    private final Colorizer colorizer;
    private final int[] banded;
    private final int shift;
    private final int maxIter;

    ColourTable(Palette palette, int maxIter) {
        this(palette, maxIter, 0);
    }

    /**
     * Colours with the escape counts moved on by {@code shift} (modulo the limit), for colour
     * cycling: the bands flow through the picture while the set itself (count = limit) stays put.
     */
    ColourTable(Palette palette, int maxIter, int shift) {
        this.colorizer = new Colorizer(palette, maxIter);
        this.maxIter = maxIter;
        this.shift = Math.floorMod(shift, Math.max(1, maxIter));
        this.banded = new int[maxIter + 1];
        for (int c = 0; c <= maxIter; c++) {
            banded[c] = colorizer.argb(shifted(c));
        }
    }

    /** The count whose colour {@code count} shows: itself moved on by the shift, the limit fixed. */
    int shifted(int count) {
        return count >= maxIter || shift == 0 ? count : (count + shift) % maxIter;
    }

    /** Colours pixels {@code [from, to)}; {@code mag2} is {@code null} for banded colouring. */
    void colour(int[] counts, double[] mag2, int[] argb, int from, int to) {
        if (mag2 == null) {
            int[] lut = banded;
            for (int p = from; p < to; p++) {
                argb[p] = lut[counts[p]];
            }
        } else {
            for (int p = from; p < to; p++) {
                argb[p] = colorizer.smoothArgb(shifted(counts[p]), mag2[p]);
            }
        }
    }
}
