package dev.mandel.cli;

import dev.mandel.farm.FarmProgress;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A job's progress on stderr, redrawn in place: for a farm, tasks done per worker and tasks sent
 * again; for local tiles, tiles done. Like
 * {@link ProgressBar}, silent for the first second and when stderr is not a terminal.
 */
final class JobProgressLine {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int drawnLength;

    JobProgressLine(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static JobProgressLine forTerminal(PrintWriter err) {
        return new JobProgressLine(err, Terminal.stderrIsTerminal());
    }

    void update(FarmProgress progress) {
        update(progress.line());
    }

    void update(String text) {
        long now = System.nanoTime();
        if (!enabled || now - start < SHOW_AFTER_NANOS || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        String line = String.format(Locale.ROOT, "%.1f s: %s", (now - start) / 1e9, text);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        err.flush();
        drawnLength = line.length();
    }

    void done() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }
}
