package dev.mandel.session;

import dev.mandel.schedule.Schedule;

/**
 * How a traced render ran (part of every {@link TraceRecord}, so of sessions and {@code --trace}
 * files alike): kernel, schedule, worker threads, partition factor, iteration limit, and the rows
 * of the view it covered.
 *
 * @param kernel   the name of the kernel that ran ({@code scalar}, {@code vector}, {@code vector-float},
 *                 {@code vector/vector-float} for auto precision, {@code deep}): a fact about the
 *                 render, not the {@code KernelChoice} asked for (auto names no kernel, and the deep
 *                 path is none of the choices), so it stays a name a later build may not know
 * @param schedule the schedule (saved as its id: {@code sequential}, {@code static}, {@code forkjoin})
 */
public record Settings(String kernel, Schedule schedule, int threads, int partitionFactor, int maxIter,
                       int firstRow, int rows) {

    public Settings {
        if (kernel == null || kernel.isBlank()) {
            throw new IllegalArgumentException("settings need a kernel name");
        }
        if (schedule == null) {
            throw new IllegalArgumentException("settings need a schedule");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (partitionFactor < 1) {
            throw new IllegalArgumentException("partition factor must be at least 1, got " + partitionFactor);
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException("max iterations must be at least 1, got " + maxIter);
        }
        if (firstRow < 0 || rows < 1) {
            throw new IllegalArgumentException("rows " + firstRow + " + " + rows + " are not a valid strip");
        }
    }
}
