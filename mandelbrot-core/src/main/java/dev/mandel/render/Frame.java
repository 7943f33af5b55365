package dev.mandel.render;

import dev.mandel.schedule.RowPartition;

/**
 * A finished render: the escape counts and what they cost.
 *
 * <p>{@code counts} is row-major, {@code rows() x width()}, local row 0 being
 * {@code request.firstRow()} of the view. {@code rowTotals[r]} is the sum of row {@code r}'s
 * counts: the iterations that row cost. Arrays are handed out as they are, without copying,
 * because frames can be hundreds of megabytes; treat them as read-only.
 */
public record Frame(RenderRequest request, String kernel, int threads, int[] counts, double[] escapeMag2,
                    long[] rowTotals, RowPartition partition, TaskTrace trace, long wallNanos) {

    public int width() {
        return request.view().width();
    }

    public int rows() {
        return request.rows();
    }

    public int maxIter() {
        return request.maxIter();
    }

    /** Count at column {@code i} of local row {@code r}. */
    public int count(int i, int r) {
        return counts[r * width() + i];
    }

    public long totalIterations() {
        long sum = 0;
        for (long t : rowTotals) {
            sum += t;
        }
        return sum;
    }

    /** Escape iterations per second of wall time: the figure of merit. */
    public double iterationsPerSecond() {
        return wallNanos == 0 ? 0 : totalIterations() * 1e9 / wallNanos;
    }

    /** Busiest worker time over mean worker time (1.0 = perfect). */
    public double loadBalance() {
        return trace.loadBalance();
    }
}
