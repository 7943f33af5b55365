package dev.mandel.cli;

import dev.mandel.poster.PosterProgress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr, redrawn in place with a carriage return. It stays silent for
 * the first second (quick renders print nothing but their summary) and when disabled (stderr is
 * not a terminal), and redraws at most every {@value #REDRAW_MILLIS} ms.
 */
final class ProgressBar implements PosterProgress {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long REDRAW_MILLIS = 100;
    private static final int BAR_CELLS = 30;

    private final PrintWriter err;
    private final long totalRows;
    private final String unit;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw;
    private int drawnLength;

    ProgressBar(PrintWriter err, long totalRows, boolean enabled, LongSupplier clock) {
        this(err, totalRows, "rows", enabled, clock);
    }

    /** A bar counting {@code total} items called {@code unit} ("rows", "frames"). */
    ProgressBar(PrintWriter err, long total, String unit, boolean enabled, LongSupplier clock) {
        this.err = err;
        this.totalRows = total;
        this.unit = unit;
        this.enabled = enabled;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** A bar for a render of {@code totalRows} rows, shown only when stderr is a terminal. */
    static ProgressBar forRender(PrintWriter err, long totalRows) {
        return new ProgressBar(err, totalRows, Terminal.stderrIsTerminal(), System::nanoTime);
    }

    /** A bar for a video of {@code frames} frames, shown only when stderr is a terminal. */
    static ProgressBar forFrames(PrintWriter err, long frames) {
        return new ProgressBar(err, frames, "frames", Terminal.stderrIsTerminal(), System::nanoTime);
    }

    @Override
    public void update(long rowsDone, long rowsWritten) {
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (now - start < SHOW_AFTER_NANOS) {
            return;
        }
        if (drawnLength > 0 && now - lastDraw < REDRAW_MILLIS * 1_000_000L) {
            return;
        }
        lastDraw = now;
        String line = line(rowsDone, rowsWritten, totalRows, unit, (now - start) / 1e9);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        err.flush();
        drawnLength = line.length();
    }

    /** Clears the bar so the summary starts on a clean line. */
    @Override
    public void done() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }

    /**
     * The bar's text: rows rendered, e.g. {@code " 47% [##############                ] 451/960 rows  3.1 s, ~3 s left"},
     * then, once every row is rendered and the file is still being written, how far writing is.
     */
    static String line(long done, long written, long total, double seconds) {
        return line(done, written, total, "rows", seconds);
    }

    static String line(long done, long written, long total, String unit, double seconds) {
        long d = Math.max(0, Math.min(done, total));
        double fraction = total == 0 ? 1 : (double) d / total;
        int cells = (int) Math.floor(fraction * BAR_CELLS);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%3d%% [", (int) Math.floor(fraction * 100)));
        sb.append("#".repeat(cells)).append(" ".repeat(BAR_CELLS - cells)).append("] ");
        if (d == total && written < total) {
            sb.append("rendered, writing row ").append(written).append('/').append(total).append("  ");
        } else {
            sb.append(d).append('/').append(total).append(' ').append(unit).append("  ");
        }
        sb.append(String.format(Locale.ROOT, "%.1f s", seconds));
        if (d > 0 && d < total) {
            sb.append(String.format(Locale.ROOT, ", ~%.0f s left", seconds * (total - d) / d));
        }
        return sb.toString();
    }
}
