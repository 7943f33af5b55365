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

    ColourTable(Palette palette, int maxIter) {
        this.colorizer = new Colorizer(palette, maxIter);
        this.banded = new int[maxIter + 1];
        for (int c = 0; c <= maxIter; c++) {
            banded[c] = colorizer.argb(c);
        }
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
                argb[p] = colorizer.smoothArgb(counts[p], mag2[p]);
            }
        }
    }
}
