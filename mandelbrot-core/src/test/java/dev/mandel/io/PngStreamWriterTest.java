package dev.mandel.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PngStreamWriterTest {

    private static byte[] encode(int[] argb, int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PngStreamWriter png = new PngStreamWriter(bytes, width, height);
        for (int row = 0; row < height; row++) {
            png.writeRow(argb, row * width);
        }
        png.finish();
        return bytes.toByteArray();
    }

    /** Smooth bands (like a render), hard edges and noise, so every filter type gets chosen somewhere. */
    private static int[] mixedImage(int width, int height, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p;
                if (y % 7 == 3) {
                    p = random.nextInt();
                } else if (x < width / 3) {
                    p = ((x * 5) & 0xFF) << 16 | ((y * 3) & 0xFF) << 8 | ((x + y) & 0xFF);
                } else if (x < 2 * width / 3) {
                    p = (y / 4 % 2 == 0) ? 0x102030 : 0xF0E0D0;
                } else {
                    p = ((x * y) & 0xFF) * 0x010101;
                }
                argb[y * width + x] = 0xFF000000 | p;
            }
        }
        return argb;
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1,1", "1,9", "9,1", "2,2", "3,5", "17,13", "64,48", "301,157"})
    void decodesToTheSamePixels(int width, int height) throws IOException {
        int[] argb = mixedImage(width, height, width * 31L + height);
        byte[] png = encode(argb, width, height);
        assertArrayEquals(argb, PngDecoding.decodeArgb(png, width, height));
    }

    @Test
    void chunksAreWellFormedAndLargeDataSpansSeveralIdats() throws IOException {
        int width = 400;
        int height = 300;
        SplittableRandom random = new SplittableRandom(7);
        int[] noise = new int[width * height];
        for (int p = 0; p < noise.length; p++) {
            noise[p] = 0xFF000000 | random.nextInt();
        }
        byte[] png = encode(noise, width, height);
        List<String> types = PngDecoding.chunkTypes(png);
        assertEquals("IHDR", types.getFirst());
        assertEquals("IEND", types.getLast());
        long idats = types.stream().filter("IDAT"::equals).count();
        assertTrue(idats > 1, "360 KB of noise should need several 64 KiB IDAT chunks, got " + idats);
        assertEquals(types.size(), idats + 2);
        assertArrayEquals(noise, PngDecoding.decodeArgb(png, width, height));
    }

    @Test
    void alphaIsDroppedNotMixedIn() throws IOException {
        int[] argb = {0x00123456, 0x80ABCDEF};
        byte[] png = encode(argb, 2, 1);
        assertArrayEquals(new int[] {0xFF123456, 0xFFABCDEF}, PngDecoding.decodeArgb(png, 2, 1));
    }

    @Test
    void refusesToFinishShortOrWriteTooManyRows() throws IOException {
        PngStreamWriter short1 = new PngStreamWriter(new ByteArrayOutputStream(), 4, 3);
        short1.writeRow(new int[4], 0);
        assertThrows(IllegalStateException.class, short1::finish);

        PngStreamWriter full = new PngStreamWriter(new ByteArrayOutputStream(), 4, 1);
        full.writeRow(new int[4], 0);
        assertThrows(IllegalStateException.class, () -> full.writeRow(new int[4], 0));
    }

    @Test
    void refusesAnEmptyImage() {
        assertThrows(IllegalArgumentException.class, () -> new PngStreamWriter(new ByteArrayOutputStream(), 0, 5));
        assertThrows(IllegalArgumentException.class, () -> new PngStreamWriter(new ByteArrayOutputStream(), 5, -1));
    }
}
