package dev.mandel.pbm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PbmImageTest {

    /** The published reference output of the Benchmarks Game for N = 200. */
    private static final String MD5_200 = "cc65e64bd553ed18896de1dfe7fae3e5";
    /** The output of every correct program there for N = 16000, the size they time. */
    private static final String MD5_16000 = "8c2ed8883de64eccd3154ac612021fe8";

    @Test
    void vectorRowsAreTheOnesThisJvmUses() {
        assertEquals("vector", PbmImage.fastest().name(), "tests run with jdk.incubator.vector");
    }

    @Test
    void n200MatchesThePublishedReference() throws IOException {
        assertEquals(MD5_200, md5(PbmImage.render(200, 2)));
        assertEquals(MD5_200, md5(PbmImage.renderScalar(200, 1)));
    }

    @Test
    void n16000MatchesTheBenchmarkSize() throws IOException {
        assertEquals(MD5_16000, md5(PbmImage.render(16000, 2)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 8, 9, 13, 17, 31, 32, 33, 63, 64, 65, 100, 127, 129, 333, 1001})
    void vectorRowsEqualTheReferenceLoopAtAwkwardSizes(int n) {
        PbmImage scalar = PbmImage.renderScalar(n, 1);
        PbmImage vector = PbmImage.render(n, 2);
        assertArrayEquals(scalar.bits(), vector.bits(), "N = " + n);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 8})
    void threadCountDoesNotChangeTheBytes(int threads) {
        assertArrayEquals(PbmImage.render(517, 1).bits(), PbmImage.render(517, threads).bits());
    }

    @Test
    void paddingBitsOfTheLastByteAreZero() {
        int n = 203;
        PbmImage image = PbmImage.render(n, 2);
        int rowBytes = BenchmarksGamePlane.rowBytes(n);
        assertEquals(26, rowBytes);
        boolean anySet = false;
        for (int y = 0; y < n; y++) {
            byte last = image.bits()[y * rowBytes + rowBytes - 1];
            assertEquals(0, last & 0x1f, "row " + y);
            anySet |= image.bits()[y * rowBytes + rowBytes / 2] != 0;
        }
        assertTrue(anySet, "the set's body crosses the middle column");
    }

    @Test
    void knownPixelsByHand() {
        // c = 0 (x = 3N/4, y = N/2) never escapes; c = -1.5 - i (the top-left corner) escapes at once.
        int n = 8;
        PbmImage image = PbmImage.render(n, 1);
        assertEquals(1, (image.bits()[4] >>> (7 - 6)) & 1, "pixel (6, 4) is c = 0");
        assertEquals(0, (image.bits()[0] >>> 7) & 1, "pixel (0, 0) is c = -1.5 - i");
        assertTrue(ScalarBitmapRows.inSet(0, 0));
        assertFalse(ScalarBitmapRows.inSet(-1.5, -1.0));
    }

    @Test
    void headerIsP4WithTheEdgeTwice() throws IOException {
        PbmImage image = PbmImage.render(9, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        image.writeTo(out);
        byte[] file = out.toByteArray();
        String header = "P4\n9 9\n";
        assertEquals(header, new String(file, 0, header.length(), StandardCharsets.US_ASCII));
        assertEquals(header.length() + 9 * 2, file.length);
    }

    @Test
    void badEdgesAreRefusedBeforeAllocating() {
        assertThrows(IllegalArgumentException.class, () -> PbmImage.render(0, 1));
        assertThrows(IllegalArgumentException.class, () -> PbmImage.render(PbmImage.MAX_EDGE + 1, 1));
        assertTrue(PbmImage.bytes(PbmImage.MAX_EDGE) <= Integer.MAX_VALUE - 8, "largest bitmap fits an array");
        assertTrue(PbmImage.bytes(PbmImage.MAX_EDGE + 8) > Integer.MAX_VALUE - 8, "MAX_EDGE is the largest that fits");
    }

    private static String md5(PbmImage image) throws IOException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            image.writeTo(out);
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(out.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
