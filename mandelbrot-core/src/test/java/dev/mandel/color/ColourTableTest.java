package dev.mandel.color;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The table gives exactly the colorizer's colours, banded and smooth, at shallow and deep limits. */
class ColourTableTest {

    @Test
    void tableColoursAreTheColorizers() {
        for (int maxIter : new int[] {1, 1000, ColourTable.MAX_TABLE + 5}) {
            Colorizer c = new Colorizer(Palette.FIRE, maxIter);
            ColourTable table = new ColourTable(c, maxIter);
            int[] counts = {0, 1, maxIter / 2, maxIter - 1, maxIter};
            double[] mag2 = {5.0, 17.0, 4.5, 1e6, 0.0};
            int[] banded = new int[counts.length + 2];
            int[] smooth = new int[counts.length];
            table.colour(counts, null, 0, counts.length, banded, 2);
            table.colour(counts, mag2, smooth, 0, counts.length);
            for (int p = 0; p < counts.length; p++) {
                assertEquals(c.argb(counts[p]), banded[p + 2], "banded, limit " + maxIter + ", pixel " + p);
                assertEquals(c.smoothArgb(counts[p], mag2[p]), smooth[p], "smooth, limit " + maxIter + ", pixel " + p);
            }
        }
    }
}
