package dev.mandel.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NpyWriterTest {

    @Test
    void writesAnAlignedVersion1HeaderAndLittleEndianRows() throws IOException {
        int height = 3;
        int width = 5;
        int[] values = new int[height * width];
        for (int p = 0; p < values.length; p++) {
            values[p] = p * 1_000_003 - 7;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NpyWriter npy = new NpyWriter(bytes, height, width);
        npy.writeRows(values, 0, 2);
        npy.writeRows(values, 2 * width, 1);
        npy.finish();

        NpyFile parsed = NpyFile.parse(bytes.toByteArray());
        assertEquals(0, parsed.dataOffset() % 64, "data starts on a 64-byte boundary");
        assertEquals("<i4", parsed.descr());
        assertEquals(false, parsed.fortranOrder());
        assertArrayEquals(new int[] {height, width}, parsed.shape());
        assertArrayEquals(values, parsed.values());
        assertEquals(NpyWriter.fileBytes(height, width), bytes.size());
    }

    @Test
    void headerLooksExactlyLikeNumpys() {
        byte[] header = NpyWriter.header(960, 1200);
        String text = new String(header, 10, header.length - 10, java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals("{'descr': '<i4', 'fortran_order': False, 'shape': (960, 1200), }", text.strip());
        assertEquals('\n', text.charAt(text.length() - 1));
        assertEquals(1, header[6]);
        assertEquals(0, header[7]);
        assertEquals(header.length - 10, (header[8] & 0xFF) | (header[9] & 0xFF) << 8);
    }

    @Test
    void refusesTooManyOrTooFewRows() throws IOException {
        NpyWriter npy = new NpyWriter(new ByteArrayOutputStream(), 2, 2);
        npy.writeRows(new int[4], 0, 1);
        assertThrows(IllegalStateException.class, npy::finish);
        assertThrows(IllegalStateException.class, () -> npy.writeRows(new int[4], 0, 2));
    }

    @Test
    void fileSizeCountsHeaderAndData() {
        int header = NpyWriter.header(40000, 40000).length;
        assertEquals(0, header % 64);
        assertEquals(header + 4L * 40000 * 40000, NpyWriter.fileBytes(40000, 40000));
    }
}
