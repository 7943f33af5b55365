package dev.mandel.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Streams a 2-D {@code int32} or {@code float32} array to NumPy's {@code .npy} format, version 1.0, row
 * by row: {@code numpy.load} gives an array of shape {@code (height, width)}, dtype {@code <i4} (escape
 * counts) or {@code <f4} (continuous iteration counts), row 0 first.
 *
 * <p>Format: the magic {@code \x93NUMPY}, version bytes {@code 1 0}, a little-endian {@code uint16}
 * header length, then an ASCII Python dict literal padded with spaces and ended by a newline so
 * that the data starts on a 64-byte boundary (what NumPy itself writes), then the values in C
 * order, little-endian. Rows are converted through a small reusable buffer, so memory does not
 * grow with the image.
 */
public final class NpyWriter {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
    private static final int ALIGN = 64;
    /** Values per buffered write: 256 KiB of data. */
    private static final int BUFFER_INTS = 1 << 16;

    /** The element type: both are four bytes, little-endian. */
    public enum Dtype {
        INT32("<i4"), FLOAT32("<f4");

        private final String descr;

        Dtype(String descr) {
            this.descr = descr;
        }
    }

    private final OutputStream out;
    private final Dtype dtype;
    private final int height;
    private final int width;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_INTS * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private long rowsWritten;

    /** Writes the header of a {@code height x width} int32 array to {@code out}. */
    public NpyWriter(OutputStream out, int height, int width) throws IOException {
        this(out, height, width, Dtype.INT32);
    }

    /** Writes the header of a {@code height x width} array of {@code dtype} to {@code out}. */
    public NpyWriter(OutputStream out, int height, int width, Dtype dtype) throws IOException {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("an .npy image needs at least one pixel, got " + width + "x" + height);
        }
        this.out = out;
        this.dtype = dtype;
        this.height = height;
        this.width = width;
        out.write(header(height, width, dtype));
    }

    /** The complete header (magic to newline) for a {@code height x width} int32 array. */
    static byte[] header(int height, int width) {
        return header(height, width, Dtype.INT32);
    }

    static byte[] header(int height, int width, Dtype dtype) {
        StringBuilder dict = new StringBuilder("{'descr': '" + dtype.descr + "', 'fortran_order': False, 'shape': (")
                .append(height).append(", ").append(width).append("), }");
        int unpadded = MAGIC.length + 2 + dict.length() + 1;
        int padding = (ALIGN - unpadded % ALIGN) % ALIGN;
        dict.append(" ".repeat(padding)).append('\n');
        byte[] text = dict.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] header = new byte[MAGIC.length + 2 + text.length];
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        header[MAGIC.length] = (byte) text.length;
        header[MAGIC.length + 1] = (byte) (text.length >>> 8);
        System.arraycopy(text, 0, header, MAGIC.length + 2, text.length);
        return header;
    }

    /** Size of the whole file for a {@code height x width} array: checked against free disk space up front. */
    public static long fileBytes(int height, int width) {
        return header(height, width).length + (long) height * width * Integer.BYTES;
    }

    /** Appends {@code rows} rows taken from {@code values[offset ..]}, row-major (an int32 array). */
    public void writeRows(int[] values, int offset, int rows) throws IOException {
        requireRoom(Dtype.INT32, rows);
        long count = (long) rows * width;
        int at = offset;
        while (count > 0) {
            int n = (int) Math.min(count, BUFFER_INTS);
            buffer.clear();
            buffer.asIntBuffer().put(values, at, n);
            out.write(buffer.array(), 0, n * Integer.BYTES);
            at += n;
            count -= n;
        }
        rowsWritten += rows;
    }

    /** Appends {@code rows} rows taken from {@code values[offset ..]}, row-major (a float32 array). */
    public void writeRows(float[] values, int offset, int rows) throws IOException {
        requireRoom(Dtype.FLOAT32, rows);
        long count = (long) rows * width;
        int at = offset;
        while (count > 0) {
            int n = (int) Math.min(count, BUFFER_INTS);
            buffer.clear();
            buffer.asFloatBuffer().put(values, at, n);
            out.write(buffer.array(), 0, n * Float.BYTES);
            at += n;
            count -= n;
        }
        rowsWritten += rows;
    }

    private void requireRoom(Dtype given, int rows) {
        if (given != dtype) {
            throw new IllegalStateException("this .npy array holds " + dtype + ", not " + given);
        }
        if (rowsWritten + rows > height) {
            throw new IllegalStateException("the .npy array has " + height + " rows; cannot write "
                    + rows + " more after " + rowsWritten);
        }
    }

    /** Fails unless every row was written (a short .npy would load as garbage or not at all). */
    public void finish() {
        if (rowsWritten != height) {
            throw new IllegalStateException(".npy has " + height + " rows but only " + rowsWritten + " were written");
        }
    }
}
