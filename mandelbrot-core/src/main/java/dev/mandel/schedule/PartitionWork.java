package dev.mandel.schedule;

/**
 * The work a schedule runs: one call of {@link #runTask} per chunk of a {@link RowPartition}, then
 * exactly one call of {@link #finished} once every chunk has returned (or one of them threw).
 *
 * <p>Each call comes from a pool worker, never from the thread that started the schedule.
 */
public interface PartitionWork {

    /** Computes chunk {@code task}; called once per chunk. */
    void runTask(int task);

    /** Called once when the last chunk is over, with the first failure or {@code null}. */
    void finished(Throwable failure);
}
