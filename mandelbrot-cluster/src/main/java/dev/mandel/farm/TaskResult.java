package dev.mandel.farm;

/**
 * What a worker sends back for a {@link RenderTask}: the escape counts of its rows (row-major),
 * {@code |z|^2} at escape when the task was smooth, each row's iteration total, the kernel that ran,
 * and how long the render took on the worker.
 */
public record TaskResult(long job, int index, int[] counts, double[] escapeMag2, long[] rowTotals, String kernel,
                         long renderNanos) {

    /** Whether this answers {@code task}: same job and index, and arrays of the task's shape. */
    public boolean answers(RenderTask task) {
        return job == task.job() && index == task.index()
                && counts.length == task.pixels()
                && rowTotals.length == task.rows()
                && (escapeMag2 == null ? !task.smooth() : task.smooth() && escapeMag2.length == task.pixels());
    }
}
