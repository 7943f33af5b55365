package dev.mandel.color;

/**
 * The count a deep frame's colours start from: its lowest escape count. One rule for the command
 * line and the viewer, so a deep view looks the same in both.
 *
 * <p>Why: {@link Colorizer} places a count on the palette by its logarithm. At the surface counts
 * run from 0 up, and the log spreads them over many bands. At depth every pixel of the frame needs
 * tens of thousands of iterations and they differ by a few hundred; on the log scale that is a
 * hundredth of a band, and the picture comes out one washed-out colour. Counting from the frame's
 * lowest count gives the differences the whole palette again. Double views keep absolute counts
 * (their colours do not depend on what else is in the frame, so strips of a poster match).
 */
public final class CountFloor {

    private CountFloor() {
    }

    /** The lowest count of {@code counts[from, to)}; {@link Integer#MAX_VALUE} for an empty range. */
    public static int lowest(int[] counts, int from, int to) {
        int low = Integer.MAX_VALUE;
        for (int p = from; p < to; p++) {
            low = Math.min(low, counts[p]);
        }
        return low;
    }

    /**
     * Where a finished frame's colours start: its lowest count when it was rendered on the deep path,
     * 0 otherwise (and 0 for a frame with no pixels).
     */
    public static int of(int[] counts, boolean deep) {
        if (!deep) {
            return 0;
        }
        int low = lowest(counts, 0, counts.length);
        return low == Integer.MAX_VALUE ? 0 : low;
    }
}
