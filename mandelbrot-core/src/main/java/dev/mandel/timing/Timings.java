package dev.mandel.timing;

import java.util.Arrays;

/** Wall times of repeated rounds of one piece of work, sorted: the best and the median. */
public record Timings(long[] sortedNanos) {

    public Timings {
        if (sortedNanos.length == 0) {
            throw new IllegalArgumentException("timings need at least one round");
        }
    }

    /** Timings from raw wall times (copied and sorted). */
    public static Timings of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Timings(sorted);
    }

    public int rounds() {
        return sortedNanos.length;
    }

    /**
     * The fastest round. On a shared machine noise only ever adds time (another process takes the
     * core, the OS migrates a thread), so this is the best estimate of what the code can do.
     */
    public long best() {
        return sortedNanos[0];
    }

    /** The median round: what a run typically costs, noise included. */
    public double median() {
        int n = sortedNanos.length;
        return n % 2 == 1 ? sortedNanos[n / 2] : (sortedNanos[n / 2 - 1] + sortedNanos[n / 2]) / 2.0;
    }
}
