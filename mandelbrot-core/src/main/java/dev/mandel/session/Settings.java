package dev.mandel.session;

import dev.mandel.schedule.Schedule;

/**
 * How a session's frame was rendered: kernel, schedule, worker threads, partition factor, iteration
 * limit, and the rows of the view it covered.
 *
 * @param kernel   the kernel's name ({@code scalar}, {@code vector}, ...)
 * @param schedule the schedule's id ({@code sequential}, {@code static}, {@code forkjoin})
 */
public record Settings(String kernel, String schedule, int threads, int partitionFactor, int maxIter,
                       int firstRow, int rows) {

    public Settings {
        if (kernel == null || kernel.isBlank()) {
            throw new IllegalArgumentException("settings need a kernel name");
        }
        if (schedule == null) {
            throw new IllegalArgumentException("settings need a schedule");
        }
        Schedule.parse(schedule); // one-line error naming the allowed values
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

    public Schedule scheduleValue() {
        return Schedule.parse(schedule);
    }
}
