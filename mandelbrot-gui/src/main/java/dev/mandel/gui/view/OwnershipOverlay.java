package dev.mandel.gui.view;

import dev.mandel.render.TaskTrace;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

import java.util.Arrays;

/**
 * A translucent layer over the image that tints every row with the colour of the worker that
 * computed it: two flat bands under static scheduling, a fine mixed weave under over-partitioned
 * ForkJoin. Tinted row by row while the frame renders (the live trace names a task's worker before
 * its first row is reported done), then redrawn from the finished frame's task trace.
 */
public final class OwnershipOverlay extends Canvas {

    private static final double ALPHA = 0.36;

    private int[] rowWorker = new int[0];

    public OwnershipOverlay() {
        setMouseTransparent(true);
    }

    /** Which worker computed each row (index = row of the view), or -1 where unknown. */
    public int[] rowWorkers() {
        return rowWorker.clone();
    }

    public void clear() {
        Arrays.fill(rowWorker, -1);
        getGraphicsContext2D().clearRect(0, 0, getWidth(), getHeight());
    }

    /** Starts a live frame of {@code rows x width}: nothing tinted until its rows finish. */
    public void begin(int rows, int width) {
        setWidth(width);
        setHeight(rows);
        rowWorker = new int[rows];
        Arrays.fill(rowWorker, -1);
        getGraphicsContext2D().clearRect(0, 0, getWidth(), getHeight());
    }

    /** Tints rows {@code [first, end)} of the view, just finished by {@code worker}, while the frame renders. */
    public void tintRows(int first, int end, int worker) {
        if (worker < 0 || first < 0 || end > rowWorker.length || first >= end) {
            return;
        }
        Arrays.fill(rowWorker, first, end, worker);
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(WorkerColors.of(worker).deriveColor(0, 1, 1, ALPHA));
        g.fillRect(0, first, getWidth(), end - first);
    }

    /** Takes ownership from a finished frame of {@code rows} rows starting at view row {@code firstRow}. */
    public void show(TaskTrace trace, int firstRow, int rows, int width) {
        setWidth(width);
        setHeight(rows);
        rowWorker = new int[rows];
        Arrays.fill(rowWorker, -1);
        for (int t = 0; t < trace.tasks(); t++) {
            for (int r = trace.firstRow(t); r <= trace.lastRow(t); r++) {
                rowWorker[r - firstRow] = trace.worker(t);
            }
        }
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        int r = 0;
        while (r < rows) {
            int end = r + 1;
            while (end < rows && rowWorker[end] == rowWorker[r]) {
                end++;
            }
            if (rowWorker[r] >= 0) {
                g.setFill(WorkerColors.of(rowWorker[r]).deriveColor(0, 1, 1, ALPHA));
                g.fillRect(0, r, width, end - r);
            }
            r = end;
        }
    }
}
