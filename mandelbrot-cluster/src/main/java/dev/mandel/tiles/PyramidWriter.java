package dev.mandel.tiles;

import dev.mandel.color.Colorizer;
import dev.mandel.io.PngStreamWriter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a Deep Zoom pyramid from its base tiles, given in Z-order ({@link PyramidGeometry#baseTileAt}):
 * each base tile is coloured and written as {@code LEVEL/COL_ROW.png}, and placed into its parent,
 * which is written (and placed into its own parent) as soon as its last child has arrived. Every
 * lower-level pixel is the rounded mean of the 2x2 pixels above it that exist (fewer at the right
 * and bottom edges), per colour channel.
 *
 * <p>Memory: one parent being assembled per level, {@code 2T x 2T} pixels each, whatever the size of
 * the pyramid: a base level far larger than memory streams through.
 */
public final class PyramidWriter {

    private final Path tilesDir;
    private final PyramidGeometry geometry;
    private final Colorizer colorizer;
    private final Parent[] parents;
    private long tilesWritten;

    /** A tile of a lower level while its children arrive: their pixels side by side, 2T wide. */
    private static final class Parent {
        final int col;
        final int row;
        final int[] children;

        Parent(int col, int row, int tileSize) {
            this.col = col;
            this.row = row;
            this.children = new int[4 * tileSize * tileSize];
        }
    }

    public PyramidWriter(Path tilesDir, PyramidGeometry geometry, Colorizer colorizer) {
        this.tilesDir = tilesDir;
        this.geometry = geometry;
        this.colorizer = colorizer;
        this.parents = new Parent[geometry.maxLevel()];
    }

    /** The next base tile in Z-order: its escape counts (and {@code |z|^2} when smooth, else null). */
    public void acceptBase(int col, int row, int[] counts, double[] escapeMag2) throws IOException {
        int level = geometry.maxLevel();
        int w = geometry.tileWidth(level, col);
        int h = geometry.tileHeight(level, row);
        if (counts.length != w * h) {
            throw new IllegalArgumentException("base tile " + col + "," + row + " should have " + w * h
                    + " pixels, got " + counts.length);
        }
        int[] argb = new int[w * h];
        colorizer.colour(counts, escapeMag2, argb, 0, argb.length);
        place(level, col, row, argb, w, h);
    }

    /** Writes the tiles still being assembled (the last parents of every level). */
    public void finish() throws IOException {
        for (int level = parents.length - 1; level >= 0; level--) {
            if (parents[level] != null) {
                complete(level);
            }
        }
    }

    public long tilesWritten() {
        return tilesWritten;
    }

    private void place(int level, int col, int row, int[] argb, int w, int h) throws IOException {
        write(level, col, row, argb, w, h);
        if (level == 0) {
            return;
        }
        int up = level - 1;
        Parent parent = parents[up];
        if (parent != null && (parent.col != col / 2 || parent.row != row / 2)) {
            complete(up);
            parent = null;
        }
        if (parent == null) {
            parent = new Parent(col / 2, row / 2, geometry.tileSize());
            parents[up] = parent;
        }
        int t = geometry.tileSize();
        int stride = 2 * t;
        int x0 = (col % 2) * t;
        int y0 = (row % 2) * t;
        for (int y = 0; y < h; y++) {
            System.arraycopy(argb, y * w, parent.children, (y0 + y) * stride + x0, w);
        }
    }

    /** Halves the assembled children into the parent tile, writes it and places it in its own parent. */
    private void complete(int level) throws IOException {
        Parent p = parents[level];
        parents[level] = null;
        int t = geometry.tileSize();
        int stride = 2 * t;
        int childW = Math.min(2 * t, geometry.levelWidth(level + 1) - 2 * p.col * t);
        int childH = Math.min(2 * t, geometry.levelHeight(level + 1) - 2 * p.row * t);
        int w = geometry.tileWidth(level, p.col);
        int h = geometry.tileHeight(level, p.row);
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                int n = 0;
                for (int dy = 0; dy < 2; dy++) {
                    int sy = 2 * y + dy;
                    if (sy >= childH) {
                        continue;
                    }
                    for (int dx = 0; dx < 2; dx++) {
                        int sx = 2 * x + dx;
                        if (sx >= childW) {
                            continue;
                        }
                        int px = p.children[sy * stride + sx];
                        r += (px >>> 16) & 0xFF;
                        g += (px >>> 8) & 0xFF;
                        b += px & 0xFF;
                        n++;
                    }
                }
                int half = n / 2;
                out[y * w + x] = 0xFF000000 | ((r + half) / n) << 16 | ((g + half) / n) << 8 | ((b + half) / n);
            }
        }
        place(level, p.col, p.row, out, w, h);
    }

    private void write(int level, int col, int row, int[] argb, int w, int h) throws IOException {
        Path dir = tilesDir.resolve(Integer.toString(level));
        Files.createDirectories(dir);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(col + "_" + row + ".png")),
                1 << 16)) {
            PngStreamWriter png = new PngStreamWriter(out, w, h);
            for (int y = 0; y < h; y++) {
                png.writeRow(argb, y * w);
            }
            png.finish();
        }
        tilesWritten++;
    }
}
