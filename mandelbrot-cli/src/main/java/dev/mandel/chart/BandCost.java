package dev.mandel.chart;

import dev.mandel.schedule.RowPartition;

/**
 * The iterations each of {@code n} static bands would get: the rows cut exactly as the static
 * schedule cuts them ({@link RowPartition#contiguous}), each band's share of the total, and the
 * imbalance that predicts: the heaviest band over the mean band. Counting iterations rather than
 * time makes it a property of the view alone, the same on every machine.
 */
public final class BandCost {

    private final RowPartition partition;
    private final long[] iterations;
    private final long total;

    private BandCost(RowPartition partition, long[] iterations, long total) {
        this.partition = partition;
        this.iterations = iterations;
        this.total = total;
    }

    /** Bands of {@code rowTotals} (per-row iterations of a whole view), as many as {@code bands} or rows. */
    public static BandCost of(long[] rowTotals, int bands) {
        if (bands < 1) {
            throw new IllegalArgumentException("bands must be at least 1, got " + bands);
        }
        RowPartition partition = RowPartition.contiguous(0, rowTotals.length, Math.min(bands, rowTotals.length));
        long[] iterations = new long[partition.tasks()];
        long total = 0;
        for (int b = 0; b < partition.tasks(); b++) {
            for (int row = partition.start(b); row < partition.end(b); row++) {
                iterations[b] += rowTotals[row];
            }
            total += iterations[b];
        }
        return new BandCost(partition, iterations, total);
    }

    public int bands() {
        return iterations.length;
    }

    public int firstRow(int band) {
        return partition.start(band);
    }

    /** One past the band's last row. */
    public int endRow(int band) {
        return partition.end(band);
    }

    public long iterations(int band) {
        return iterations[band];
    }

    public double share(int band) {
        return total == 0 ? 0 : (double) iterations[band] / total;
    }

    /** Heaviest band over the mean band: the best static bands can do is this far from ideal. */
    public double imbalance() {
        long max = 0;
        for (long it : iterations) {
            max = Math.max(max, it);
        }
        return total == 0 ? 1 : (double) max * iterations.length / total;
    }
}
