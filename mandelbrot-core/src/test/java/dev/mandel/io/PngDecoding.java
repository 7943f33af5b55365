package dev.mandel.io;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Test helpers: decode PNG bytes with ImageIO, and walk their chunks checking every CRC. */
public final class PngDecoding {

    private PngDecoding() {
    }

    /** Opaque ARGB pixels of a PNG, decoded by the JDK's own reader. */
    public static int[] decodeArgb(byte[] png, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "ImageIO could not read the PNG");
        assertEquals(width, image.getWidth(), "width");
        assertEquals(height, image.getHeight(), "height");
        return image.getRGB(0, 0, width, height, null, 0, width);
    }

    /** Chunk types in order, after checking the signature, every length and every CRC-32. */
    public static List<String> chunkTypes(byte[] png) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        byte[] head = new byte[8];
        System.arraycopy(png, 0, head, 0, 8);
        assertArrayEquals(signature, head, "PNG signature");
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(8);
        List<String> types = new ArrayList<>();
        while (b.hasRemaining()) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            byte[] data = new byte[length];
            b.get(data);
            int crc = b.getInt();
            CRC32 expected = new CRC32();
            expected.update(type);
            expected.update(data);
            String name = new String(type, StandardCharsets.US_ASCII);
            assertEquals((int) expected.getValue(), crc, "CRC of chunk " + types.size() + " (" + name + ")");
            types.add(name);
        }
        return types;
    }
}
