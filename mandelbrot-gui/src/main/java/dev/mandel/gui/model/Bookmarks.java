package dev.mandel.gui.model;

import dev.mandel.io.AtomicFile;
import dev.mandel.io.PngWriter;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * Bookmarks on disk: one folder, each bookmark a {@code .properties} file (name, centre and span as
 * decimal strings, iteration limit, when it was made) beside its thumbnail as a PNG, both written
 * whole or not at all. A damaged file is skipped with a warning, never fatal.
 */
public final class Bookmarks {

    private final Path dir;

    public Bookmarks(Path dir) {
        this.dir = dir;
    }

    /** {@code ~/.mandelbrot/bookmarks}. */
    public static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".mandelbrot", "bookmarks");
    }

    /** Saves a bookmark (a new file; two bookmarks may share a name). Returns its file. */
    public Path add(Bookmark b) throws IOException {
        Files.createDirectories(dir);
        String stem = "bookmark-" + System.currentTimeMillis() + "-" + Integer.toHexString(b.hashCode() & 0xFFFF);
        Path props = dir.resolve(stem + ".properties");
        PngWriter.write(dir.resolve(stem + ".png"), b.thumbnail(), Bookmark.THUMB_W, Bookmark.THUMB_H);
        Properties p = new Properties();
        p.setProperty("name", b.name());
        p.setProperty("centerRe", b.centerRe());
        p.setProperty("centerIm", b.centerIm());
        p.setProperty("span", b.span());
        p.setProperty("maxIter", Integer.toString(b.maxIter()));
        AtomicFile.write(props, out -> {
            var w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            p.store(w, "Mandelbrot viewer bookmark");
            w.flush(); // not closed: the stream belongs to AtomicFile
        });
        return props;
    }

    /** Every readable bookmark, oldest first; unreadable files are reported on stderr and skipped. */
    public List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.properties")) {
            for (Path f : files) {
                try {
                    out.add(new Entry(f, read(f)));
                } catch (IOException | RuntimeException e) {
                    System.err.println("warning: skipped bookmark " + f + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            System.err.println("warning: could not list " + dir + ": " + e.getMessage());
        }
        out.sort(Comparator.comparing(e -> e.file().getFileName().toString()));
        return out;
    }

    /** Deletes a bookmark and its thumbnail. */
    public void remove(Entry e) throws IOException {
        Files.deleteIfExists(thumbnailFile(e.file()));
        Files.deleteIfExists(e.file());
    }

    /** A bookmark and the file it lives in. */
    public record Entry(Path file, Bookmark bookmark) {
    }

    private static Bookmark read(Path f) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        int[] thumb = new int[Bookmark.THUMB_W * Bookmark.THUMB_H];
        BufferedImage img = ImageIO.read(thumbnailFile(f).toFile());
        if (img != null && img.getWidth() == Bookmark.THUMB_W && img.getHeight() == Bookmark.THUMB_H) {
            img.getRGB(0, 0, Bookmark.THUMB_W, Bookmark.THUMB_H, thumb, 0, Bookmark.THUMB_W);
        } else {
            java.util.Arrays.fill(thumb, 0xFF16171A);
        }
        String maxIter = p.getProperty("maxIter", "");
        int limit;
        try {
            limit = Integer.parseInt(maxIter.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("max iterations '" + maxIter + "' is not a whole number");
        }
        return new Bookmark(p.getProperty("name"), p.getProperty("centerRe"), p.getProperty("centerIm"),
                p.getProperty("span"), limit, thumb);
    }

    private static Path thumbnailFile(Path props) {
        String n = props.getFileName().toString();
        return props.resolveSibling(n.substring(0, n.length() - ".properties".length()) + ".png");
    }
}
