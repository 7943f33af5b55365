package dev.mandel.schedule;

import java.util.Arrays;

/**
 * Rows {@code [firstRow, firstRow + rows)} cut into {@code tasks} contiguous chunks whose sizes
 * differ by at most one row (the first {@code rows % tasks} chunks get the extra row).
 */
public final class RowPartition {

    private final int[] starts;

    private RowPartition(int[] starts) {
        this.starts = starts;
    }

    public static RowPartition contiguous(int firstRow, int rows, int tasks) {
        if (rows < 1 || tasks < 1 || tasks > rows) {
            throw new IllegalArgumentException("cannot cut " + rows + " rows into " + tasks + " tasks");
        }
        int[] starts = new int[tasks + 1];
        int base = rows / tasks;
        int extra = rows % tasks;
        int row = firstRow;
        for (int t = 0; t < tasks; t++) {
            starts[t] = row;
            row += base + (t < extra ? 1 : 0);
        }
        starts[tasks] = row;
        return new RowPartition(starts);
    }

    public int tasks() {
        return starts.length - 1;
    }

    /** First row of task {@code t}. */
    public int start(int t) {
        return starts[t];
    }

    /** One past the last row of task {@code t}. */
    public int end(int t) {
        return starts[t + 1];
    }

    /** The task whose chunk holds {@code row}. */
    public int taskOf(int row) {
        if (row < starts[0] || row >= starts[starts.length - 1]) {
            throw new IndexOutOfBoundsException("row " + row + " is outside the partition");
        }
        int at = Arrays.binarySearch(starts, 0, starts.length - 1, row);
        return at >= 0 ? at : -at - 2;
    }
}
