package dev.mandel.encode;

import dev.mandel.io.AtomicFile;
import dev.mandel.io.PngStreamWriter;
import dev.mandel.video.FrameSink;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Frames as numbered PNG files ({@code frame-00001.png}, ...) in a folder, for machines without
 * ffmpeg: {@link Ffmpeg#assembleCommand} turns them into the video later. Each file is written
 * whole or not at all; a stopped zoom removes the frames it wrote, and old frames in the folder are
 * removed first, so the folder never holds a sequence of mixed or missing frames.
 */
public final class PngSequence implements FrameSink {

    /** The file name pattern, in the printf form ffmpeg's image reader takes. */
    public static final String PATTERN = "frame-%05d.png";

    private final Path dir;
    private final int width;
    private final int height;
    private int written;

    public PngSequence(Path dir, int width, int height) throws IOException {
        this.dir = dir.toAbsolutePath();
        this.width = width;
        this.height = height;
        Files.createDirectories(this.dir);
        removeFrames();
    }

    public Path dir() {
        return dir;
    }

    /** The folder and pattern, e.g. {@code /tmp/zoom-frames/frame-%05d.png}. */
    public Path pattern() {
        return dir.resolve(PATTERN);
    }

    public int written() {
        return written;
    }

    /** Frame {@code n} counted from 1. */
    public Path frame(int n) {
        return dir.resolve(String.format(Locale.ROOT, PATTERN, n));
    }

    @Override
    public void accept(int[] argb) throws IOException {
        AtomicFile.write(frame(written + 1), out -> {
            PngStreamWriter png = new PngStreamWriter(out, width, height);
            for (int j = 0; j < height; j++) {
                png.writeRow(argb, j * width);
            }
            png.finish();
        });
        written++;
    }

    @Override
    public void finish() {
        // every frame is already complete on disk
    }

    @Override
    public void abort() {
        try {
            removeFrames();
        } catch (IOException e) {
            // a later run removes them before writing
        }
    }

    private void removeFrames() throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "frame-[0-9]*.png")) {
            for (Path p : old) {
                Files.deleteIfExists(p);
            }
        }
    }
}
