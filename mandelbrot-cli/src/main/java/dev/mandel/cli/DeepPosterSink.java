package dev.mandel.cli;

import dev.mandel.color.CountFloor;
import dev.mandel.deep.DeepKernel;
import dev.mandel.poster.PosterSink;
import dev.mandel.render.Frame;

import java.io.IOException;

/**
 * The rows of a deep render on their way to the image: counts each row's iterations (the deep
 * kernel's row totals are steps, docs/deep-zoom.md section 8) and, for a PNG, finds the view's
 * colour floor ({@link CountFloor}, the rule the viewer colours deep frames by) before the image
 * sink, whose colour table counts from it, is made.
 *
 * <p>The floor is the lowest count of the view when the first strip is the whole view (one frame,
 * as before posters existed); for a poster, whose rows are written before the last ones exist, it
 * is the lowest count of a {@value #SAMPLES}x{@value #SAMPLES} lattice of the view's own pixels,
 * border included, and a pixel lower still takes the floor's colour. The image sink is made once
 * the floor is known, since its colour table depends on it.
 */
final class DeepPosterSink implements PosterSink {

    /** Pixels per side of the lattice a poster's colour floor comes from. */
    static final int SAMPLES = 65;

    /** Makes the image sink for a colour floor. */
    @FunctionalInterface
    interface Factory {
        PosterSink open(int floor) throws IOException;
    }

    private final Factory factory;
    private final boolean lowered;
    private final int height;
    private final int posterFloor;
    private final long[] rowIterations;
    private PosterSink sink;
    private int floor;

    /**
     * @param lowered     whether colours count from a floor (a PNG) or counts are written as they are (.npy)
     * @param posterFloor the sampled floor, used when the first strip is not the whole view
     */
    DeepPosterSink(Factory factory, boolean lowered, int posterFloor, int height) {
        this.factory = factory;
        this.lowered = lowered;
        this.height = height;
        this.posterFloor = posterFloor;
        this.rowIterations = new long[height];
    }

    /** The lowest count of a lattice of the view's pixels, border rows and columns included. */
    static int sampledFloor(DeepKernel kernel, int width, int height, int maxIter) {
        int low = maxIter;
        int across = Math.min(SAMPLES, width);
        int down = Math.min(SAMPLES, height);
        for (int b = 0; b < down; b++) {
            int j = down == 1 ? 0 : (int) ((long) b * (height - 1) / (down - 1));
            for (int a = 0; a < across; a++) {
                int i = across == 1 ? 0 : (int) ((long) a * (width - 1) / (across - 1));
                low = Math.min(low, kernel.pixel(i, j, maxIter));
            }
        }
        return low;
    }

    @Override
    public void accept(Frame strip, int from, int to) throws IOException {
        int width = strip.width();
        int[] counts = strip.counts();
        if (sink == null) {
            floor = !lowered ? 0 : strip.rows() == height ? CountFloor.of(counts, true) : posterFloor;
            sink = factory.open(floor);
        }
        int first = strip.request().firstRow();
        for (int r = from; r < to; r++) {
            long sum = 0;
            for (int p = r * width; p < (r + 1) * width; p++) {
                sum += counts[p];
            }
            rowIterations[first + r] = sum;
        }
        sink.accept(strip, from, to);
    }

    @Override
    public void finish() throws IOException {
        sink.finish();
    }

    /** Iterations of row {@code row} (absolute), once it was written. */
    long rowIterations(int row) {
        return rowIterations[row];
    }

    long iterations() {
        long s = 0;
        for (long v : rowIterations) {
            s += v;
        }
        return s;
    }

    /** The floor the colours counted from (0 for .npy). */
    int floor() {
        return floor;
    }
}
