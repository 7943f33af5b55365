package dev.mandel.gui.model;

import dev.mandel.io.AtomicFile;
import dev.mandel.io.BoundedRead;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Saved palettes: one {@link PaletteFile} per palette, {@code NAME.palette} in a folder
 * ({@code ~/.mandelbrot/palettes}), written whole or not at all. Loading checks the file and
 * refuses a bad one with one line; the others stay usable.
 */
public final class PaletteLibrary {

    public static final String SUFFIX = ".palette";

    private final Path dir;

    public PaletteLibrary(Path dir) {
        this.dir = dir;
    }

    /** {@code ~/.mandelbrot/palettes}. */
    public static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".mandelbrot", "palettes");
    }

    public Path dir() {
        return dir;
    }

    /** Saves (or replaces) a palette under its name; returns the file. */
    public Path save(PaletteFile.Named palette) throws IOException {
        Files.createDirectories(dir);
        Path file = fileOf(palette.name());
        byte[] bytes = PaletteFile.format(palette).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(bytes));
        return file;
    }

    /** The names of the saved palettes (from their file names), sorted; none when the folder is missing. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                out.add(n.substring(0, n.length() - SUFFIX.length()));
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(String.CASE_INSENSITIVE_ORDER);
        return out;
    }

    /** Reads the palette saved as {@code name}; a bad file is refused with an {@link IllegalArgumentException} of one line. */
    public PaletteFile.Named load(String name) {
        return read(fileOf(name));
    }

    /** Reads any palette file; a bad or unreadable file is refused with one line naming it. */
    public static PaletteFile.Named read(Path file) {
        byte[] bytes;
        try {
            bytes = BoundedRead.bytes(file, PaletteFile.MAX_BYTES);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? "cannot read " + file : e.getMessage());
        }
        return PaletteFile.parse(bytes, file.getFileName().toString());
    }

    private Path fileOf(String name) {
        return dir.resolve(PaletteFile.checkName(name) + SUFFIX);
    }
}
