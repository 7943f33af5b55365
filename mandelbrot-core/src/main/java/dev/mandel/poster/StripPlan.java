package dev.mandel.poster;

import dev.mandel.render.MemoryBudget;

import java.util.Locale;

/**
 * How many rows to render at a time, and the heap that takes. A view whose frame fits in
 * {@value #BUDGET_MIB} MiB (and in the heap) renders in one piece; a larger one (a poster) renders
 * in horizontal strips, at most {@value #STRIPS_ALIVE} alive at once (one being written while the
 * next ones render, so the workers never wait at a strip's end). The strip height shrinks to what
 * the heap can hold; a view is refused only when not even one row per strip would fit.
 *
 * @param rowsPerStrip rows of every strip but perhaps the last
 * @param strips       how many strips the view is cut into
 * @param stripsAlive  strips whose buffers exist at once
 * @param bytes        heap the strips' buffers take at most
 * @param freeHeap     heap that was free when the plan was made
 */
public record StripPlan(int rowsPerStrip, int strips, int stripsAlive, long bytes, long freeHeap) {

    /** Frame bytes (counts, escape magnitudes when smooth, row totals) one strip may take. */
    public static final int BUDGET_MIB = 32;
    static final long BUDGET_BYTES = (long) BUDGET_MIB << 20;
    /** Strips alive at once: one being written, two rendering behind it. */
    public static final int STRIPS_ALIVE = 3;
    /**
     * Share of the free heap the strips may take. The rest is the sink's (a PNG encoder's buffers),
     * the per-row totals and traces of the whole view, and room for the collector: with less than
     * that a small heap spends its time collecting.
     */
    static final double HEAP_SHARE = 0.6;

    /** A plan for {@code whole} with the heap this JVM has free now. */
    public static StripPlan of(PosterSpec whole, Integer requestedRows) {
        return of(whole, requestedRows, MemoryBudget.freeHeap());
    }

    /**
     * A plan for {@code whole}: {@code requestedRows} per strip if given (refused when that does not
     * fit), else as many rows as fit the strip budget and {@code freeHeap}.
     */
    public static StripPlan of(PosterSpec whole, Integer requestedRows, long freeHeap) {
        long bytesPerRow = whole.bytesPerRow();
        long usable = (long) (freeHeap * HEAP_SHARE);
        int height = whole.height();
        long rows;
        if (requestedRows != null) {
            if (requestedRows < 1) {
                throw new IllegalArgumentException("strip height must be at least 1 row, got " + requestedRows);
            }
            rows = Math.min(requestedRows, height);
        } else if (height * bytesPerRow <= Math.min(BUDGET_BYTES, usable)) {
            rows = height;
        } else {
            rows = Math.min(height, Math.min(BUDGET_BYTES / bytesPerRow, usable / (STRIPS_ALIVE * bytesPerRow)));
        }
        if (rows * whole.width() > MemoryBudget.MAX_ARRAY_ELEMENTS) {
            throw new IllegalArgumentException("a strip of " + whole.width() + "x" + rows
                    + " pixels is more than one Java array holds; use fewer rows");
        }
        int strips = (int) ((height + Math.max(rows, 1) - 1) / Math.max(rows, 1));
        int alive = Math.min(STRIPS_ALIVE, strips);
        long bytes = alive * Math.max(rows, 1) * bytesPerRow;
        if (rows < 1 || bytes > usable) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a %dx%d view needs %s for %d strips of %d rows, but only %s of heap is free (%s in all);"
                            + " choose a smaller size or give Java more heap (-Xmx)",
                    whole.width(), height, MemoryBudget.human(bytes), alive, Math.max(rows, 1),
                    MemoryBudget.human(freeHeap), MemoryBudget.human(Runtime.getRuntime().maxMemory())));
        }
        return new StripPlan((int) rows, strips, alive, bytes, freeHeap);
    }

    /** One line saying what the plan needs, printed before anything is allocated. */
    public String describe() {
        String shape = strips == 1 ? "one frame" : String.format(Locale.ROOT,
                "%d strips of %d rows, %d alive at once", strips, rowsPerStrip, stripsAlive);
        return String.format(Locale.ROOT, "memory: %s for %s (%s of heap free)",
                MemoryBudget.human(bytes), shape, MemoryBudget.human(freeHeap));
    }
}
