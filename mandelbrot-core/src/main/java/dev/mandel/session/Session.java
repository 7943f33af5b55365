package dev.mandel.session;

import dev.mandel.render.Frame;
import dev.mandel.simulate.RowCosts;
import dev.mandel.view.Viewport;

import java.time.Instant;
import java.util.List;

/**
 * A measured frame without its pixels: the view, how it was rendered, what each row cost, the task
 * trace and the machine. Saved as JSON (by the command-line module's {@code SessionFile}) so a class can compare results from
 * different machines, re-run the simulator on them, or re-render the view.
 *
 * <p>Arrays are held as given (no copies); treat them as read-only.
 *
 * @param formatVersion  {@link #FORMAT_VERSION} when written by this code
 * @param savedAt        ISO-8601 instant
 * @param rowIterations  per-row escape iterations, one entry per row of {@code settings.rows()}
 * @param rowNanos       per-row nanoseconds derived from the trace ({@link RowCosts#nanoseconds})
 * @param workers        workers of the trace (its timeline lanes)
 * @param trace          every task of the frame
 * @param wallNanos      the frame's wall time
 */
public record Session(int formatVersion, String savedAt, Viewport view, Settings settings, Machine machine,
                      long[] rowIterations, double[] rowNanos, int workers, List<TaskRecord> trace,
                      long wallNanos) {

    /** The format this code writes and reads. Bump it when a field changes meaning or goes away. */
    public static final int FORMAT_VERSION = 2;

    public Session {
        if (formatVersion != FORMAT_VERSION) {
            throw new IllegalArgumentException("session format version " + formatVersion + " is not supported (this build reads "
                    + FORMAT_VERSION + ")");
        }
        require(view != null, "a session needs a view");
        require(settings != null, "a session needs settings");
        require(machine != null, "a session needs a machine");
        require(rowIterations != null && rowNanos != null && trace != null,
                "a session needs rowIterations, rowNanos and trace");
        require((long) settings.firstRow() + settings.rows() <= view.height(),
                "rows " + settings.firstRow() + " + " + settings.rows() + " are outside the view's " + view.height() + " rows");
        require(rowIterations.length == settings.rows(),
                "rowIterations has " + rowIterations.length + " entries for " + settings.rows() + " rows");
        require(rowNanos.length == settings.rows(),
                "rowNanos has " + rowNanos.length + " entries for " + settings.rows() + " rows");
        for (long it : rowIterations) {
            require(it >= 0, "rowIterations must be >= 0, found " + it);
        }
        RowCosts.of(RowCosts.Unit.NANOSECONDS, rowNanos); // finite and >= 0, or a one-line error
        require(workers >= 1, "workers must be at least 1, got " + workers);
        int end = settings.firstRow() + settings.rows();
        for (TaskRecord t : trace) {
            require(t.firstRow() >= settings.firstRow() && t.lastRow() < end,
                    "a trace task covers rows " + t.firstRow() + ".." + t.lastRow() + ", outside the frame");
        }
        require(wallNanos >= 0, "wallNanos must be >= 0, got " + wallNanos);
        trace = List.copyOf(trace);
    }

    /** A session of a finished frame on this machine. */
    public static Session capture(Frame frame) {
        var req = frame.request();
        Settings settings = new Settings(frame.kernel(), req.schedule(), frame.threads(), req.partitionFactor(),
                req.maxIter(), req.firstRow(), req.rows());
        return new Session(FORMAT_VERSION, Instant.now().toString(), req.view(), settings, Machine.current(),
                frame.rowTotals().clone(), RowCosts.nanoseconds(frame).toArray(), frame.trace().workers(),
                TaskRecord.of(frame.trace()), frame.wallNanos());
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
