package dev.mandel.session;

import dev.mandel.schedule.Schedule;

/**
 * How a session's frame was rendered: kernel, schedule, worker threads, partition factor, iteration
 * limit, and the rows of the view it covered.
 *
 * @param kernel   the name of the kernel that ran ({@code scalar}, {@code vector}, ...): a fact about the
 *                 frame, not a choice, so it stays a name a later build may not know
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
