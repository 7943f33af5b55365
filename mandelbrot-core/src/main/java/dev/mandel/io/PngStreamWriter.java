package dev.mandel.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an 8-bit RGB PNG one row at a time, so an image of any height is written with memory
 * for a few rows: posters far larger than the heap stream straight to disk.
 *
 * <p>Layout (PNG spec): the signature, an {@code IHDR} chunk, the zlib stream of all filtered rows
 * split over {@code IDAT} chunks of at most {@value #IDAT_BYTES} bytes, and {@code IEND}. Each row
 * is one filter-type byte followed by {@code 3 x width} filtered bytes (see {@link PngRowFilter});
 * every chunk carries a CRC-32 of its type and data. Memory: four rows of bytes, the deflater's
 * window (about 256 KiB) and one chunk buffer, whatever the image size.
 *
 * <p>Call {@link #writeRow} exactly {@code height} times, then {@link #finish}. The writer does not
 * close the stream; combine it with {@link AtomicFile} so that a failure leaves no partial file.
 */
public final class PngStreamWriter {

    /** PNG dimensions are 31-bit unsigned integers. */
    public static final int MAX_DIMENSION = Integer.MAX_VALUE;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int IDAT_BYTES = 1 << 16;
    private static final byte COLOUR_TYPE_RGB = 2;

    private final OutputStream out;
    private final int width;
    private final int height;
    private final Deflater deflater;
    private final CRC32 crc = new CRC32();
    private byte[] current;
    private byte[] previous;
    private final PngRowFilter filter;
    private final byte[] chunk = new byte[IDAT_BYTES];
    private int chunkUsed;
    private int rowsWritten;
    private boolean finished;

    /**
     * Starts a PNG of {@code width x height} on {@code out} (writes the signature and header).
     *
     * @param level zlib level 0-9, or {@link Deflater#DEFAULT_COMPRESSION}
     */
    public PngStreamWriter(OutputStream out, int width, int height, int level) throws IOException {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a PNG needs at least one pixel, got " + width + "x" + height);
        }
        if ((long) width * 3 + 1 > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a PNG row of " + width + " pixels does not fit one array");
        }
        this.out = out;
        this.width = width;
        this.height = height;
        this.current = new byte[width * 3];
        this.previous = new byte[width * 3];
        this.filter = new PngRowFilter(width * 3);
        this.deflater = new Deflater(level);
        // zlib's advice for PNG-filtered data: favour Huffman coding of the many small differences.
        this.deflater.setStrategy(Deflater.FILTERED);
        out.write(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = 8;                 // bits per sample
        ihdr[9] = COLOUR_TYPE_RGB;
        ihdr[10] = 0;                // compression: deflate
        ihdr[11] = 0;                // filter method: adaptive, five types
        ihdr[12] = 0;                // no interlace
        writeChunk("IHDR", ihdr, ihdr.length);
    }

    public PngStreamWriter(OutputStream out, int width, int height) throws IOException {
        this(out, width, height, Deflater.DEFAULT_COMPRESSION);
    }

    /** Appends the next row: {@code width} ARGB pixels from {@code argb[offset ..]}; alpha is dropped. */
    public void writeRow(int[] argb, int offset) throws IOException {
        if (finished) {
            throw new IllegalStateException("the PNG is already finished");
        }
        if (rowsWritten == height) {
            throw new IllegalStateException("all " + height + " rows of the PNG are already written");
        }
        byte[] row = current;
        for (int i = 0, b = 0; i < width; i++, b += 3) {
            int p = argb[offset + i];
            row[b] = (byte) (p >>> 16);
            row[b + 1] = (byte) (p >>> 8);
            row[b + 2] = (byte) p;
        }
        byte[] filtered = filter.filter(row, previous);
        deflater.setInput(filtered, 0, filtered.length);
        while (!deflater.needsInput()) {
            drain();
        }
        current = previous;
        previous = row;
        rowsWritten++;
    }

    /** Ends the zlib stream and writes the last {@code IDAT} and {@code IEND}; fails unless every row was written. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        if (rowsWritten != height) {
            deflater.end();
            throw new IllegalStateException("PNG has " + height + " rows but only " + rowsWritten + " were written");
        }
        try {
            deflater.finish();
            while (!deflater.finished()) {
                drain();
            }
            if (chunkUsed > 0) {
                writeChunk("IDAT", chunk, chunkUsed);
                chunkUsed = 0;
            }
            writeChunk("IEND", chunk, 0);
            finished = true;
        } finally {
            deflater.end();
        }
    }

    /** Moves compressed bytes into the chunk buffer, emitting an {@code IDAT} each time it fills. */
    private void drain() throws IOException {
        int n = deflater.deflate(chunk, chunkUsed, chunk.length - chunkUsed, Deflater.NO_FLUSH);
        chunkUsed += n;
        if (chunkUsed == chunk.length) {
            writeChunk("IDAT", chunk, chunkUsed);
            chunkUsed = 0;
        }
    }

    private void writeChunk(String type, byte[] data, int length) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(typeBytes, 0, head, 4, 4);
        crc.reset();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        out.write(head);
        out.write(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(tail);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
