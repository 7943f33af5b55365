package dev.mandel.gui.view;

/**
 * What the histogram panel draws: one bar per row of the frame, the iterations that row cost.
 * Rows not finished yet have no bar. Kept apart from the drawing so tests (and a classroom mode)
 * can read exactly what is shown.
 */
public final class RowHistogram {

    private long[] totals = new long[0];
    private boolean[] known = new boolean[0];
    private int[] worker = new int[0];
    private long max;
    private long sum;
    private int knownRows;

    /** Starts over for a frame of {@code rows} rows, none known yet. */
    public void reset(int rows) {
        totals = new long[rows];
        known = new boolean[rows];
        worker = new int[rows];
        java.util.Arrays.fill(worker, -1);
        max = 0;
        sum = 0;
        knownRows = 0;
    }

    /** Row {@code row} cost {@code iterations}; each row is set once per frame. */
    public void set(int row, long iterations) {
        if (!known[row]) {
            known[row] = true;
            knownRows++;
            sum += iterations;
            max = Math.max(max, iterations);
            totals[row] = iterations;
        }
    }

    /** Records which worker computed {@code row} (known once the frame is complete). */
    public void setWorker(int row, int workerId) {
        worker[row] = workerId;
    }

    /** Number of bars: one per row of the frame. */
    public int bars() {
        return totals.length;
    }

    public boolean known(int row) {
        return known[row];
    }

    public int knownRows() {
        return knownRows;
    }

    public long value(int row) {
        return totals[row];
    }

    /** Worker that computed {@code row}, or -1 while unknown. */
    public int worker(int row) {
        return worker[row];
    }

    /** Sum over the known rows; equals the frame's total once every row is known. */
    public long total() {
        return sum;
    }

    public long max() {
        return max;
    }

    /** Bar length in {@code [0, 1]}, linear or logarithmic ({@code log(1+v) / log(1+max)}). */
    public double fraction(int row, boolean log) {
        if (!known[row] || max == 0) {
            return 0;
        }
        return log ? Math.log1p(totals[row]) / Math.log1p(max) : (double) totals[row] / max;
    }
}
