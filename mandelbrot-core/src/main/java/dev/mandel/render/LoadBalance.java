package dev.mandel.render;

/**
 * The one definition of load balance used everywhere (summaries, traces, sessions, the simulator):
 * the busiest worker's time over the mean worker time, the mean taken over every worker the
 * schedule could use. 1.0 is perfect balance; on {@code n} workers, {@code n} means one worker did
 * everything while the others idled.
 */
public final class LoadBalance {

    private LoadBalance() {
    }

    /** Load balance of per-worker busy times, over {@code workers} workers (idle ones count as 0). */
    public static double of(long[] busyByWorker, int workers) {
        long max = 0;
        long sum = 0;
        for (long b : busyByWorker) {
            max = Math.max(max, b);
            sum += b;
        }
        return sum == 0 ? 1.0 : (double) max * workers / sum;
    }

    /** As {@link #of(long[], int)} for busy times in any unit. */
    public static double of(double[] busyByWorker, int workers) {
        double max = 0;
        double sum = 0;
        for (double b : busyByWorker) {
            max = Math.max(max, b);
            sum += b;
        }
        return sum == 0 ? 1.0 : max * workers / sum;
    }
}
