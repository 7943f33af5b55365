package dev.mandel.tiles;

import dev.mandel.color.Colorizer;
import dev.mandel.color.Palette;
import dev.mandel.io.PngDecoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lower levels are the rounded 2x2 means of the level above, edges included, checked on a whole image. */
class PyramidWriterTest {

    @Test
    void everyLowerLevelIsTheMeanOfTheLevelAbove(@TempDir Path dir) throws IOException {
        int w = 45;
        int h = 27;
        int tile = 8;
        int maxIter = 50;
        PyramidGeometry g = new PyramidGeometry(w, h, tile);
        // A base image of counts with structure everywhere (no two neighbours alike).
        int[] counts = new int[w * h];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = (i * 7919) % (maxIter + 1);
        }
        Colorizer colorizer = new Colorizer(Palette.parse("classic"), maxIter);
        PyramidWriter writer = new PyramidWriter(dir, g, colorizer);
        for (int i = 0; i < g.baseTiles(); i++) {
            int[] cr = g.baseTileAt(i);
            int tw = g.tileWidth(g.maxLevel(), cr[0]);
            int th = g.tileHeight(g.maxLevel(), cr[1]);
            int[] tileCounts = new int[tw * th];
            for (int y = 0; y < th; y++) {
                System.arraycopy(counts, (cr[1] * tile + y) * w + cr[0] * tile, tileCounts, y * tw, tw);
            }
            writer.acceptBase(cr[0], cr[1], tileCounts, null);
        }
        writer.finish();

        int[] level = new int[w * h];
        colorizer.colour(counts, null, level, 0, level.length);
        int lw = w;
        int lh = h;
        long tiles = 0;
        for (int l = g.maxLevel(); l >= 0; l--) {
            assertEquals(g.levelWidth(l), lw);
            assertEquals(g.levelHeight(l), lh);
            for (int r = 0; r < g.rows(l); r++) {
                for (int c = 0; c < g.columns(l); c++) {
                    int tw = g.tileWidth(l, c);
                    int th = g.tileHeight(l, r);
                    int[] argb = PngDecoding.decodeArgb(Files.readAllBytes(dir.resolve(l + "/" + c + "_" + r + ".png")),
                            tw, th);
                    tiles++;
                    for (int y = 0; y < th; y++) {
                        for (int x = 0; x < tw; x++) {
                            int expected = level[(r * tile + y) * lw + c * tile + x] & 0xFFFFFF;
                            assertEquals(expected, argb[y * tw + x] & 0xFFFFFF,
                                    "level " + l + " tile " + c + "," + r + " pixel " + x + "," + y);
                        }
                    }
                }
            }
            // The next level by the rule, computed here on the whole image.
            int nw = (lw + 1) / 2;
            int nh = (lh + 1) / 2;
            int[] next = new int[nw * nh];
            for (int y = 0; y < nh; y++) {
                for (int x = 0; x < nw; x++) {
                    int[] sum = new int[3];
                    int n = 0;
                    for (int dy = 0; dy < 2 && 2 * y + dy < lh; dy++) {
                        for (int dx = 0; dx < 2 && 2 * x + dx < lw; dx++) {
                            int p = level[(2 * y + dy) * lw + 2 * x + dx];
                            sum[0] += (p >> 16) & 0xFF;
                            sum[1] += (p >> 8) & 0xFF;
                            sum[2] += p & 0xFF;
                            n++;
                        }
                    }
                    next[y * nw + x] = ((sum[0] + n / 2) / n) << 16 | ((sum[1] + n / 2) / n) << 8 | (sum[2] + n / 2) / n;
                }
            }
            level = next;
            lw = nw;
            lh = nh;
        }
        assertEquals(tiles, writer.tilesWritten());
        assertTrue(tiles > g.baseTiles());
    }
}
