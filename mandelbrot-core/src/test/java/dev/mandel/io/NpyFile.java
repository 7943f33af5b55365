package dev.mandel.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test helper: an independent reader for the .npy files our writer produces (int32, C order). */
public record NpyFile(String descr, boolean fortranOrder, int[] shape, int dataOffset, int[] values) {

    private static final Pattern DICT = Pattern.compile(
            "\\{'descr': '([^']+)', 'fortran_order': (True|False), 'shape': \\((\\d+), (\\d+)\\), }\\s*\\n");

    public static NpyFile parse(byte[] file) {
        assertEquals((byte) 0x93, file[0]);
        assertEquals("NUMPY", new String(file, 1, 5, StandardCharsets.US_ASCII));
        assertEquals(1, file[6], "major version");
        assertEquals(0, file[7], "minor version");
        int headerLength = (file[8] & 0xFF) | (file[9] & 0xFF) << 8;
        String dict = new String(file, 10, headerLength, StandardCharsets.US_ASCII);
        Matcher m = DICT.matcher(dict);
        assertTrue(m.matches(), "header dict: " + dict);
        int rows = Integer.parseInt(m.group(3));
        int cols = Integer.parseInt(m.group(4));
        int offset = 10 + headerLength;
        assertEquals((long) rows * cols * 4, file.length - offset, "data bytes");
        int[] values = new int[rows * cols];
        ByteBuffer.wrap(file, offset, file.length - offset).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(values);
        return new NpyFile(m.group(1), m.group(2).equals("True"), new int[] {rows, cols}, offset, values);
    }
}
