package dev.mandel.session;

import dev.mandel.render.Frame;
import dev.mandel.simulate.RowCosts;

import java.time.Instant;

/**
 * A measured frame without its pixels: the machine, what each row cost, and the frame's
 * {@link TraceRecord} (view, settings, task records: the same schema a {@code --trace} JSON file
 * has). Saved as JSON (by the command-line module's {@code SessionFile}) so a class can compare
 * results from different machines, re-run the simulator on them, or re-render the view.
 *
 * <p>Arrays are held as given (no copies); treat them as read-only.
 *
 * @param formatVersion  {@link #FORMAT_VERSION} when written by this code
 * @param savedAt        ISO-8601 instant
 * @param rowIterations  per-row escape iterations, one entry per row of {@code trace.settings().rows()}
 * @param rowNanos       per-row nanoseconds derived from the trace ({@link RowCosts#nanoseconds})
 * @param trace          the frame: view, settings, workers, wall time and every task
 */
public record Session(int formatVersion, String savedAt, Machine machine, long[] rowIterations, double[] rowNanos,
                      TraceRecord trace) {

    /**
     * The format this code writes and reads. Bump it when a field changes meaning or goes away.
     * Version 3 moved the view, settings, workers, wall time and tasks into {@code trace}.
     */
    public static final int FORMAT_VERSION = 3;

    public Session {
        if (formatVersion != FORMAT_VERSION) {
            throw new IllegalArgumentException("session format version " + formatVersion + " is not supported (this build reads "
                    + FORMAT_VERSION + ")");
        }
        require(machine != null, "a session needs a machine");
        require(trace != null, "a session needs a trace");
        require(rowIterations != null && rowNanos != null, "a session needs rowIterations and rowNanos");
        int rows = trace.settings().rows();
        require(rowIterations.length == rows, "rowIterations has " + rowIterations.length + " entries for " + rows + " rows");
        require(rowNanos.length == rows, "rowNanos has " + rowNanos.length + " entries for " + rows + " rows");
        for (long it : rowIterations) {
            require(it >= 0, "rowIterations must be >= 0, found " + it);
        }
        RowCosts.of(RowCosts.Unit.NANOSECONDS, rowNanos); // finite and >= 0, or a one-line error
    }

    /** A session of a finished frame on this machine. */
    public static Session capture(Frame frame) {
        return new Session(FORMAT_VERSION, Instant.now().toString(), Machine.current(), frame.rowTotals().clone(),
                RowCosts.nanoseconds(frame).toArray(), TraceRecord.of(frame));
    }

    /** Per-row iterations as simulator input: exact, comparable across machines. */
    public RowCosts iterationCosts() {
        double[] c = new double[rowIterations.length];
        for (int r = 0; r < c.length; r++) {
            c[r] = rowIterations[r];
        }
        return RowCosts.of(RowCosts.Unit.ITERATIONS, c);
    }

    /** Per-row nanoseconds as simulator input: what the saving machine spent. */
    public RowCosts nanosecondCosts() {
        return RowCosts.of(RowCosts.Unit.NANOSECONDS, rowNanos);
    }

    public long totalIterations() {
        long sum = 0;
        for (long it : rowIterations) {
            sum += it;
        }
        return sum;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
