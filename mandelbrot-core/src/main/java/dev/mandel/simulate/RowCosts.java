package dev.mandel.simulate;

import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import dev.mandel.timing.Round;
import dev.mandel.timing.TimingHarness;
import dev.mandel.render.TaskTrace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What each row of a frame cost, in one unit: escape iterations (exact, machine independent) or
 * nanoseconds (what this machine actually spent). The simulator replays these costs on virtual
 * workers; it never looks at pixels.
 *
 * <p>Costs are non-negative and finite; the array is copied in and never handed out mutable.
 */
public final class RowCosts {

    /** The unit of a cost vector: drives labels only, never the arithmetic. */
    public enum Unit {
        ITERATIONS("iterations"), NANOSECONDS("ns");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Parses a unit by its label ({@code iterations} or {@code ns}). */
        public static Unit parse(String text) {
            for (Unit u : values()) {
                if (u.label.equals(text.strip().toLowerCase(java.util.Locale.ROOT))) {
                    return u;
                }
            }
            throw new IllegalArgumentException("unknown cost unit '" + text + "' (allowed: iterations, ns)");
        }
    }

    private final double[] costs;
    private final Unit unit;
    private final double total;
    private final double max;

    private RowCosts(double[] costs, Unit unit) {
        if (costs.length == 0) {
            throw new IllegalArgumentException("row costs need at least one row");
        }
        double sum = 0;
        double largest = 0;
        for (int r = 0; r < costs.length; r++) {
            double c = costs[r];
            if (!(c >= 0) || Double.isInfinite(c)) {
                throw new IllegalArgumentException("row " + r + " has cost " + c + "; costs must be finite and >= 0");
            }
            sum += c;
            largest = Math.max(largest, c);
        }
        this.costs = costs;
        this.unit = unit;
        this.total = sum;
        this.max = largest;
    }

    /** Costs given directly (copied), e.g. hand-worked examples or a loaded session. */
    public static RowCosts of(Unit unit, double... costs) {
        return new RowCosts(costs.clone(), unit);
    }

    /** The frame's per-row iteration totals: exact and identical on every machine and kernel. */
    public static RowCosts iterations(Frame frame) {
        long[] totals = frame.rowTotals();
        double[] c = new double[totals.length];
        for (int r = 0; r < c.length; r++) {
            c[r] = totals[r];
        }
        return new RowCosts(c, Unit.ITERATIONS);
    }

    /**
     * Nanoseconds per row derived from the frame's task trace: each task's measured time is spread
     * over its rows in proportion to their iterations (rows of an all-zero task share it evenly).
     * With one task per row (partition factor = height on one thread) this is each row's own time.
     */
    public static RowCosts nanoseconds(Frame frame) {
        TaskTrace trace = frame.trace();
        long[] totals = frame.rowTotals();
        int base = frame.request().firstRow();
        double[] c = new double[totals.length];
        for (int t = 0; t < trace.tasks(); t++) {
            int first = trace.firstRow(t) - base;
            int last = trace.lastRow(t) - base;
            if (last < first) {
                continue;
            }
            double nanos = trace.durationNanos(t);
            long iters = 0;
            for (int r = first; r <= last; r++) {
                iters += totals[r];
            }
            for (int r = first; r <= last; r++) {
                c[r] = iters == 0 ? nanos / (last - first + 1) : nanos * totals[r] / iters;
            }
        }
        return new RowCosts(c, Unit.NANOSECONDS);
    }

    /**
     * Per-row nanoseconds measured on {@code renderer} (give it one thread) with one task per row,
     * so every row is timed on its own, not spread from a chunk: the per-row median over
     * {@code reps} renders after a {@link TimingHarness} warm-up. One render is not enough: a single
     * row hit by a GC pause or a descheduling would become the dearest row.
     */
    public static RowCosts measuredNanos(Renderer renderer, RenderRequest request, int reps) {
        RenderRequest perRow = request.withSchedule(Schedule.FORKJOIN, request.rows());
        List<RowCosts> runs = new ArrayList<>();
        Round round = () -> {
            Frame f = renderer.render(perRow);
            runs.add(nanoseconds(f));
            return f.wallNanos();
        };
        TimingHarness.warmUp(List.of(round));
        runs.clear();
        TimingHarness.measure(List.of(round), reps);
        return median(runs.toArray(RowCosts[]::new));
    }

    /** Element-wise median of several measurements of the same rows (robust to a noisy repetition). */
    public static RowCosts median(RowCosts... runs) {
        if (runs.length == 0) {
            throw new IllegalArgumentException("median of no measurements");
        }
        int rows = runs[0].rows();
        double[] out = new double[rows];
        double[] column = new double[runs.length];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < runs.length; k++) {
                if (runs[k].rows() != rows || runs[k].unit != runs[0].unit) {
                    throw new IllegalArgumentException("measurements differ in rows or unit");
                }
                column[k] = runs[k].costs[r];
            }
            Arrays.sort(column);
            int mid = runs.length / 2;
            out[r] = runs.length % 2 == 1 ? column[mid] : (column[mid - 1] + column[mid]) / 2;
        }
        return new RowCosts(out, runs[0].unit);
    }

    public int rows() {
        return costs.length;
    }

    public double cost(int row) {
        return costs[row];
    }

    /** A copy of the costs. */
    public double[] toArray() {
        return costs.clone();
    }

    public Unit unit() {
        return unit;
    }

    /** All the work: what one worker would take. */
    public double total() {
        return total;
    }

    /** The dearest single row: no schedule that keeps a row whole can finish faster. */
    public double max() {
        return max;
    }

    /** Sum of rows {@code [from, to)}. */
    double sum(int from, int to) {
        double s = 0;
        for (int r = from; r < to; r++) {
            s += costs[r];
        }
        return s;
    }
}
