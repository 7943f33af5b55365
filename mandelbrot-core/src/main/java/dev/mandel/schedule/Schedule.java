package dev.mandel.schedule;

import java.util.Locale;

/**
 * How the rows of a frame are cut into tasks and run. Every schedule cuts them into contiguous
 * chunks of (nearly) equal row count ({@link RowPartition}) and runs the chunks on a dedicated
 * {@link WorkerPool}; how each one runs is in a file of its own: {@link SequentialRun},
 * {@link StaticBands}, {@link OverPartitioned}.
 */
public enum Schedule {

    /** One task with every row: one worker does everything (the single-core baseline). */
    SEQUENTIAL,

    /**
     * One contiguous band per worker: the classic static split. Rows near the set cost far more
     * than rows far from it, so the worker with the middle band finishes last while others idle.
     */
    STATIC,

    /**
     * {@code partitionFactor x parallelism} chunks; a worker that runs out of chunks steals more.
     * With a factor of {@code height / parallelism} or more every row is its own task.
     */
    FORKJOIN;

    /** The number of tasks a frame of {@code height} rows is cut into; never more than one per row. */
    public int taskCount(int height, int parallelism, int partitionFactor) {
        if (height < 1) {
            throw new IllegalArgumentException("height must be at least 1, got " + height);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + parallelism);
        }
        if (partitionFactor < 1) {
            throw new IllegalArgumentException("partition factor must be at least 1, got " + partitionFactor);
        }
        long tasks = switch (this) {
            case SEQUENTIAL -> 1;
            case STATIC -> parallelism;
            case FORKJOIN -> (long) partitionFactor * parallelism;
        };
        return (int) Math.min(tasks, height);
    }

    /**
     * Starts the {@code tasks} chunks of a partition on {@code pool} and returns at once;
     * {@code work} hears of the end through {@link PartitionWork#finished}.
     */
    public void start(WorkerPool pool, int tasks, PartitionWork work) {
        switch (this) {
            case SEQUENTIAL -> SequentialRun.start(pool, tasks, work);
            case STATIC -> StaticBands.start(pool, tasks, work);
            case FORKJOIN -> OverPartitioned.start(pool, tasks, work);
        }
    }

    /** Workers that take part: one for {@link #SEQUENTIAL}, otherwise the pool's parallelism. */
    public int workers(int parallelism) {
        return this == SEQUENTIAL ? 1 : parallelism;
    }

    /** The lower-case name used on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a command-line name, with a message that lists what is allowed. */
    public static Schedule parse(String text) {
        for (Schedule s : values()) {
            if (s.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown schedule '" + text + "' (allowed: sequential, static, forkjoin)");
    }
}
