package dev.mandel.render;

import dev.mandel.schedule.RowPartition;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Rows completed so far, readable by another thread (a viewer's timer) while the frame renders.
 *
 * <p>Each task counts its own completed rows in its own slot; tasks run their rows in order, so
 * "task t has done k rows" means rows {@code start(t) .. start(t)+k-1} are final. Slots sit
 * {@link #STRIDE} ints apart, one 64-byte cache line each, so two workers bumping their counters
 * never contend for a line (false sharing), and a reader's polling never slows a writer for long.
 * The release store after a row pairs with the acquire load in {@link #rowsDone(int)}: a reader
 * that sees the count also sees the row's pixels.
 */
public final class RowProgress {

    /** 16 ints = 64 bytes: one cache line per task counter. */
    private static final int STRIDE = 16;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(int[].class);

    private final RowPartition partition;
    private final int[] done;

    RowProgress(RowPartition partition) {
        this.partition = partition;
        this.done = new int[partition.tasks() * STRIDE];
    }

    void rowCompleted(int task, int rowsDoneInTask) {
        SLOT.setRelease(done, task * STRIDE, rowsDoneInTask);
    }

    /** Rows of task {@code task} that are complete, counted from its first row. */
    public int rowsDone(int task) {
        return (int) SLOT.getAcquire(done, task * STRIDE);
    }

    /** Completed rows over the whole frame. */
    public long totalRowsDone() {
        long sum = 0;
        for (int t = 0; t < partition.tasks(); t++) {
            sum += rowsDone(t);
        }
        return sum;
    }

    /** Whether {@code row} (an absolute row of the view) is final. */
    public boolean isRowDone(int row) {
        int task = partition.taskOf(row);
        return row - partition.start(task) < rowsDone(task);
    }

    public RowPartition partition() {
        return partition;
    }
}
