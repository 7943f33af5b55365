package dev.mandel.farm;

import dev.mandel.view.Viewport;

/**
 * A view cut into horizontal bands of {@code rowsPerTask} rows (the last one shorter), one farm
 * task each. Bands keep the whole view's coordinates, so stitched together they are the local
 * render of the view, bit for bit.
 */
public record BandPlan(long job, Viewport view, int maxIter, boolean smooth, int rowsPerTask) {

    /** Pixels a band aims at when the user does not choose: large enough that a task's fixed cost is small. */
    public static final int TARGET_TASK_PIXELS = 1 << 15;
    /** Bands per worker when the user does not choose: enough for the fast workers to take more. */
    public static final int TASKS_PER_WORKER = 8;

    public BandPlan {
        checkRowsPerTask(view, rowsPerTask);
    }

    /** Refuses, with a line naming {@code --task-rows}, bands that are empty or larger than a worker accepts. */
    public static void checkRowsPerTask(Viewport view, int rowsPerTask) {
        if (rowsPerTask < 1) {
            throw new IllegalArgumentException("--task-rows must be at least 1, got " + rowsPerTask);
        }
        if ((long) rowsPerTask * view.width() > TaskRunner.MAX_TASK_PIXELS) {
            throw new IllegalArgumentException("--task-rows " + rowsPerTask + ": a band of " + view.width() + "x"
                    + rowsPerTask + " pixels is larger than the " + TaskRunner.MAX_TASK_PIXELS
                    + " pixels a worker accepts");
        }
    }

    /**
     * Rows per band for {@code workers} workers: about {@value #TASKS_PER_WORKER} bands each, but no
     * band below {@value #TARGET_TASK_PIXELS} pixels unless the view is small, and none above what
     * a worker accepts.
     */
    public static int defaultRowsPerTask(Viewport view, int workers) {
        long byCount = Math.ceilDiv(view.height(), (long) Math.max(1, workers) * TASKS_PER_WORKER);
        long bySize = Math.ceilDiv(TARGET_TASK_PIXELS, view.width());
        long rows = Math.max(byCount, bySize);
        rows = Math.min(rows, Math.max(1, TaskRunner.MAX_TASK_PIXELS / view.width()));
        return (int) Math.max(1, Math.min(rows, view.height()));
    }

    public int count() {
        return Math.ceilDiv(view.height(), rowsPerTask);
    }

    public RenderTask task(int index) {
        int first = index * rowsPerTask;
        return new RenderTask(job, index, view, maxIter, smooth, first, Math.min(rowsPerTask, view.height() - first));
    }

    /** Bytes one band's result takes in the coordinator's memory. */
    public long bytesPerTask() {
        return (long) rowsPerTask * view.width() * (Integer.BYTES + (smooth ? Double.BYTES : 0))
                + (long) rowsPerTask * Long.BYTES;
    }
}
