package dev.mandel.farm;

import dev.mandel.render.MemoryBudget;
import dev.mandel.view.Viewport;

/**
 * One unit of farm work, as plain data: rows {@code [firstRow, firstRow + rows)} of a view.
 *
 * <p>A row band of a poster keeps the whole poster's view (pixels keep their coordinates, so the
 * band is bit-identical to the same rows of a local render); a tile of a pyramid is its own small
 * view with all its rows. {@code job} and {@code index} tie the answer to the question.
 */
public record RenderTask(long job, int index, Viewport view, int maxIter, boolean smooth, int firstRow, int rows) {

    public RenderTask {
        if (view == null) {
            throw new IllegalArgumentException("a task needs a view");
        }
        if (index < 0) {
            throw new IllegalArgumentException("task index must not be negative, got " + index);
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException("max iterations must be at least 1, got " + maxIter);
        }
        if (firstRow < 0 || rows < 1 || (long) firstRow + rows > view.height()) {
            throw new IllegalArgumentException("task rows " + firstRow + "+" + rows + " are not inside the view's "
                    + view.height() + " rows");
        }
        if ((long) rows * view.width() > MemoryBudget.MAX_ARRAY_ELEMENTS) {
            throw new IllegalArgumentException("a task of " + view.width() + "x" + rows + " pixels does not fit one array");
        }
    }

    public int pixels() {
        return rows * view.width();
    }
}
