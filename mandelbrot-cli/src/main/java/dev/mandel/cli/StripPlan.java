package dev.mandel.cli;

import dev.mandel.render.MemoryBudget;

/**
 * How many rows to render at a time. An image whose frame fits in {@link #BUDGET_MIB} MiB renders
 * in one piece; a larger one (a poster) renders in horizontal strips of at most that size, at most
 * two strips alive at once (one being written while the next renders). So the heap a render needs
 * is bounded by {@code 2 x} {@value #BUDGET_MIB} MiB plus a few rows, whatever the image size:
 * a 40000x40000 poster (6 GiB of counts) renders in 64 MiB of strips.
 */
final class StripPlan {

    /** Frame bytes (counts, escape magnitudes when smooth, row totals) one strip may take. */
    static final int BUDGET_MIB = 32;
    static final long BUDGET_BYTES = (long) BUDGET_MIB << 20;
    /** Strips alive at once: the one being written and the one rendering behind it. */
    static final int STRIPS_IN_FLIGHT = 2;

    private StripPlan() {
    }

    /**
     * Rows per strip for {@code whole}: {@code requested} if given, else as many as fit the budget;
     * never more than the view's height. Refuses up front a strip height whose strips do not fit the heap.
     */
    static int rowsPerStrip(RenderSpec whole, Integer requested) {
        long bytesPerRow = whole.bytesPerRow();
        long rows = requested != null ? requested : Math.max(1, BUDGET_BYTES / bytesPerRow);
        rows = Math.min(rows, whole.height());
        MemoryBudget.requireFits(STRIPS_IN_FLIGHT * rows * bytesPerRow,
                STRIPS_IN_FLIGHT + " strips of " + whole.width() + "x" + rows + " pixels");
        if (rows * whole.width() > MemoryBudget.MAX_ARRAY_ELEMENTS) {
            throw new IllegalArgumentException("--strip-rows " + rows + ": a strip of " + whole.width() + "x" + rows
                    + " pixels is more than one Java array holds; use fewer rows");
        }
        return (int) rows;
    }
}
