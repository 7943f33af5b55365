package dev.mandel.io;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Writes an ARGB pixel array as an RGB PNG through ImageIO, atomically to a path or to a transaction's stream. */
public final class PngWriter {

    static {
        // ImageIO would otherwise cache the image in a temporary file of its own, outside the
        // output transaction (and fail separately when that file system is full).
        ImageIO.setUseCache(false);
    }

    private PngWriter() {
    }

    public static void write(Path target, int[] argb, int width, int height) throws IOException {
        write(target, image(argb, width, height));
    }

    public static void write(Path target, BufferedImage image) throws IOException {
        AtomicFile.write(target, out -> write(out, image));
    }

    /** Writes the PNG to a stream (one output of a command's transaction). */
    public static void write(OutputStream out, int[] argb, int width, int height) throws IOException {
        write(out, image(argb, width, height));
    }

    public static void write(OutputStream out, BufferedImage image) throws IOException {
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available in this JVM");
        }
    }

    private static BufferedImage image(int[] argb, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        return image;
    }
}
