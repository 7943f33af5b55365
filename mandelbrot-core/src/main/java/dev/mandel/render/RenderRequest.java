package dev.mandel.render;

import dev.mandel.schedule.Schedule;
import dev.mandel.view.Viewport;

/**
 * What to render: a view, the iteration limit, how to schedule the rows, and which rows.
 *
 * <p>{@code firstRow} and {@code rows} select a horizontal strip of the view; pixels keep their
 * coordinates in the full view (row {@code j} still maps to {@code yMax - j * dy}), so a poster
 * rendered strip by strip is bit-identical to the same view rendered whole.
 */
public record RenderRequest(Viewport view, int maxIter, Schedule schedule, int partitionFactor,
                            boolean smooth, int firstRow, int rows) {

    /** The partition factor used when none is given (chunks per worker). */
    public static final int DEFAULT_PARTITION_FACTOR = 16;

    public RenderRequest {
        if (view == null) {
            throw new IllegalArgumentException("a view is required");
        }
        if (schedule == null) {
            throw new IllegalArgumentException("a schedule is required");
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException("max iterations must be at least 1, got " + maxIter);
        }
        if (partitionFactor < 1) {
            throw new IllegalArgumentException("partition factor must be at least 1, got " + partitionFactor);
        }
        if (firstRow < 0 || rows < 1 || (long) firstRow + rows > view.height()) {
            throw new IllegalArgumentException("rows " + firstRow + ".." + ((long) firstRow + rows - 1)
                    + " are not inside the view's " + view.height() + " rows");
        }
        if ((long) rows * view.width() > MemoryBudget.MAX_ARRAY_ELEMENTS) {
            throw new IllegalArgumentException(view.width() + "x" + rows + " pixels is more than one frame can hold ("
                    + MemoryBudget.MAX_ARRAY_ELEMENTS + " pixels); render it as a poster in strips");
        }
    }

    /** The whole view, over-partitioned with the default factor, plain (non-smooth) counts. */
    public static RenderRequest of(Viewport view, int maxIter) {
        return new RenderRequest(view, maxIter, Schedule.FORKJOIN, DEFAULT_PARTITION_FACTOR, false, 0, view.height());
    }

    public RenderRequest withSchedule(Schedule newSchedule, int newPartitionFactor) {
        return new RenderRequest(view, maxIter, newSchedule, newPartitionFactor, smooth, firstRow, rows);
    }

    public RenderRequest withSmooth(boolean newSmooth) {
        return new RenderRequest(view, maxIter, schedule, partitionFactor, newSmooth, firstRow, rows);
    }

    public RenderRequest withRows(int newFirstRow, int newRows) {
        return new RenderRequest(view, maxIter, schedule, partitionFactor, smooth, newFirstRow, newRows);
    }

    public long pixels() {
        return (long) rows * view.width();
    }

    /** Heap the frame's arrays take: counts, optional escape magnitudes, per-row totals. */
    public long frameBytes() {
        return pixels() * (Integer.BYTES + (smooth ? Double.BYTES : 0)) + (long) rows * Long.BYTES;
    }
}
