package dev.mandel.io;

import dev.mandel.view.Viewport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Per-row cost as CSV: {@code row,im,iterations}, one line per image row, row 0 at the top.
 * {@code im} is the row's imaginary coordinate exactly as the kernels use it; {@code iterations} is
 * the sum of the row's escape counts, the work the row cost.
 */
public final class RowTotalsCsv {

    public static final String HEADER = "row,im,iterations";

    private RowTotalsCsv() {
    }

    public static void write(Path target, Viewport view, long[] rowTotals) throws IOException {
        AtomicFile.write(target, out -> write(out, view, rowTotals));
    }

    /** Writes the CSV to a stream (one output of a command's transaction). */
    public static void write(OutputStream out, Viewport view, long[] rowTotals) throws IOException {
        if (rowTotals.length != view.height()) {
            throw new IllegalArgumentException(rowTotals.length + " row totals for a view of " + view.height() + " rows");
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII));
        w.write(HEADER);
        w.write('\n');
        for (int row = 0; row < rowTotals.length; row++) {
            w.write(Integer.toString(row));
            w.write(',');
            w.write(Double.toString(view.im(row)));
            w.write(',');
            w.write(Long.toString(rowTotals[row]));
            w.write('\n');
        }
        w.flush();
    }
}
