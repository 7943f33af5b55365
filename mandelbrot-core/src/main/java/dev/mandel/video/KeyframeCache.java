package dev.mandel.video;

import dev.mandel.io.AtomicFile;
import dev.mandel.io.PngStreamWriter;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.Deflater;

/**
 * Finished pictures of a zoom kept on disk, so a stopped zoom resumes where it stopped: one
 * lossless PNG per picture, written whole or not at all, in a folder beside the output.
 *
 * <p>The folder holds a {@code key.txt} naming everything that decides the pixels (centre, span,
 * size, limit, palette, method, number types). A folder made for other settings is emptied before
 * use, so a stale picture can never enter a video.
 */
public final class KeyframeCache {

    private static final String KEY_FILE = "key.txt";

    private final Path dir;
    private final int width;
    private final int height;

    private KeyframeCache(Path dir, int width, int height) {
        this.dir = dir;
        this.width = width;
        this.height = height;
    }

    /** Opens (creating) the folder for pictures of {@code width x height} made under {@code key}. */
    public static KeyframeCache open(Path dir, String key, int width, int height) throws IOException {
        Files.createDirectories(dir);
        Path keyFile = dir.resolve(KEY_FILE);
        String stored = Files.exists(keyFile) ? Files.readString(keyFile, StandardCharsets.UTF_8) : null;
        if (!key.equals(stored)) {
            try (DirectoryStream<Path> pictures = Files.newDirectoryStream(dir, "*.png")) {
                for (Path p : pictures) {
                    Files.deleteIfExists(p);
                }
            }
            AtomicFile.write(keyFile, out -> out.write(key.getBytes(StandardCharsets.UTF_8)));
        }
        return new KeyframeCache(dir, width, height);
    }

    public Path dir() {
        return dir;
    }

    /** The picture stored under {@code index}, or {@code null} (also for an unreadable file, which is removed). */
    public int[] load(int index) {
        Path file = file(index);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null || image.getWidth() != width || image.getHeight() != height) {
                Files.deleteIfExists(file);
                return null;
            }
            return image.getRGB(0, 0, width, height, null, 0, width);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // left for the next run to overwrite
            }
            return null;
        }
    }

    /** Stores a picture under {@code index}; an interrupted store leaves no file. */
    public void store(int index, int[] argb) {
        try {
            AtomicFile.write(file(index), out -> {
                // Fast compression: these files are written once and read at most once more.
                PngStreamWriter png = new PngStreamWriter(out, width, height, Deflater.BEST_SPEED);
                for (int j = 0; j < height; j++) {
                    png.writeRow(argb, j * width);
                }
                png.finish();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a finished picture in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** How many pictures are stored. */
    public int count() {
        try (DirectoryStream<Path> pictures = Files.newDirectoryStream(dir, "*.png")) {
            int n = 0;
            for (Path ignored : pictures) {
                n++;
            }
            return n;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Removes the folder and everything in it (after the video is complete). */
    public void delete() throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path p : files) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    private Path file(int index) {
        return dir.resolve(String.format(Locale.ROOT, "%05d.png", index));
    }
}
