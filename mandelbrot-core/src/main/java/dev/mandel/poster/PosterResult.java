package dev.mandel.poster;

import dev.mandel.io.TraceLog;

/**
 * What a strip-by-strip render produced: per-row totals of the full view and every strip's trace.
 *
 * @param renderNanos  from the first strip's start to the last strip's end: the time the rows took
 *                     to compute (strips overlap, so this is not the sum of their times)
 * @param elapsedNanos the whole run, writing included
 */
public record PosterResult(long[] rowTotals, TraceLog trace, long renderNanos, long elapsedNanos, String kernel,
                           int strips) {

    public long iterations() {
        long sum = 0;
        for (long t : rowTotals) {
            sum += t;
        }
        return sum;
    }

    public double iterationsPerSecond() {
        return renderNanos == 0 ? 0 : iterations() * 1e9 / renderNanos;
    }
}
