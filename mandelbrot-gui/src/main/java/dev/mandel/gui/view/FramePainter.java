package dev.mandel.gui.view;

import dev.mandel.color.ColourTable;
import dev.mandel.color.CostMap;
import dev.mandel.color.CountFloor;
import dev.mandel.color.Gradient;
import dev.mandel.render.RenderJob;
import dev.mandel.view.Viewport;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.util.Arrays;

/**
 * The picture: an ARGB buffer and the {@link WritableImage} it is shown through, filled row by
 * row as a job's rows finish.
 *
 * <p>When a job starts, the previous picture is resampled into the new view (nearest pixel) and
 * shown dimmed: a zoom or pan shows at once where things are going, and the finished rows, drawn at
 * full brightness, stand out against it, so the order in which the work completed is visible.
 *
 * <p>A deep frame is coloured from its lowest count ({@link CountFloor}, as the command line does):
 * rows are coloured from the lowest count seen so far, and when a later row goes lower every
 * finished row is coloured again, so the finished frame shows exactly the command line's colours.
 */
public final class FramePainter {

    /** Old pixels keep this fraction of their brightness while the new frame arrives. */
    private static final double PREVIEW_DIM = 0.35;
    private static final int BACKGROUND = 0xFF16171A;

    private final ReadOnlyObjectWrapper<WritableImage> image = new ReadOnlyObjectWrapper<>(this, "image");
    private int[] argb = new int[0];
    private boolean[] painted = new boolean[0];
    private int[] scratch = new int[0];
    private Viewport view;
    private int[] counts;
    private double[] mag2;
    private ColourTable colours;
    private Gradient palette;
    private int maxIter;
    /** Whether the frame came from the deep path: colours then count from its lowest count. */
    private boolean deep;
    /** The lowest count of the finished rows of a deep frame; {@link Integer#MAX_VALUE} before any. */
    private int floor = Integer.MAX_VALUE;
    private boolean costMap;
    /** Colour-cycling shift of the escape counts; 0 when not cycling. */
    private int cycle;

    public ReadOnlyObjectProperty<WritableImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public WritableImage image() {
        return image.get();
    }

    /** The picture's pixels, row-major, opaque ARGB; read-only for callers. */
    public int[] argb() {
        return argb;
    }

    public Viewport view() {
        return view;
    }

    /**
     * Prepares for {@code job}, coloured with {@code newPalette} and counted from the frame's lowest
     * count when {@code deepFrame}: previews the old picture in the new view, dimmed.
     */
    void begin(RenderJob job, Gradient newPalette, boolean deepFrame) {
        Viewport next = job.request().view();
        int[] preview = new int[Math.toIntExact(next.pixels())];
        if (view == null) {
            Arrays.fill(preview, BACKGROUND);
        } else {
            resample(argb, view, preview, next);
        }
        if (image() == null || (int) image().getWidth() != next.width() || (int) image().getHeight() != next.height()) {
            image.set(new WritableImage(next.width(), next.height()));
        }
        argb = preview;
        painted = new boolean[next.height()];
        view = next;
        counts = job.liveCounts();
        mag2 = job.liveEscapeMag2();
        deep = deepFrame;
        floor = Integer.MAX_VALUE;
        colours = null;
        useColours(newPalette, job.request().maxIter());
        writeRows(0, next.height());
    }

    /** Colours and shows finished rows {@code [first, end)}. */
    void paintRows(int first, int end) {
        int w = view.width();
        if (deep && !costMap) {
            int low = CountFloor.lowest(counts, first * w, end * w);
            if (low < floor) {
                floor = low;
                colours = null;
                useColours(palette, maxIter);
                recolourPainted(); // the earlier rows were counted from a higher floor
            }
        }
        if (costMap) {
            new CostMap(maxIter).colour(counts, argb, first * w, end * w);
        } else {
            colours.colour(counts, mag2, argb, first * w, end * w);
        }
        Arrays.fill(painted, first, end, true);
        writeRows(first, end);
    }

    /**
     * Shows an anti-aliased picture of {@code v} in place of the sharp one, when {@code v} is the
     * view on screen and the palette (not the cost map) is shown; returns whether it did.
     */
    public boolean showRefined(Viewport v, int[] refinedArgb) {
        if (view == null || !view.equals(v) || costMap || refinedArgb.length != argb.length) {
            return false;
        }
        System.arraycopy(refinedArgb, 0, argb, 0, argb.length);
        Arrays.fill(painted, true);
        writeRows(0, view.height());
        return true;
    }

    /** Recolours every finished row with another palette; the counts are unchanged. */
    void recolour(Gradient newPalette) {
        if (view == null) {
            return;
        }
        useColours(newPalette, maxIter);
        recolourPainted();
    }

    private void recolourPainted() {
        int row = 0;
        while (row < painted.length) {
            if (!painted[row]) {
                row++;
                continue;
            }
            int end = row;
            while (end < painted.length && painted[end]) {
                end++;
            }
            paintRows(row, end);
            row = end;
        }
    }

    /**
     * Switches between the palette and the cost map (brightness by escape count, normalised to the
     * iteration limit so a row can be coloured the moment it finishes), recolouring finished rows.
     */
    void setCostMap(boolean on) {
        if (on == costMap) {
            return;
        }
        costMap = on;
        if (colours != null) {
            recolour(palette);
        }
    }

    public boolean costMap() {
        return costMap;
    }

    /** Rows finished and shown so far. */
    public int paintedRows() {
        int n = 0;
        for (boolean b : painted) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** Moves the colours on by {@code shift} escape counts and recolours the finished rows (colour cycling). */
    public void setCycle(int shift) {
        if (shift == cycle) {
            return;
        }
        cycle = shift;
        colours = null;
        if (view != null && palette != null) {
            recolour(palette);
        }
    }

    public int cycle() {
        return cycle;
    }

    /** The colours the finished rows are painted with now (palette, floor of a deep frame, cycling). */
    public ColourTable colours() {
        return colours;
    }

    /** The count colours start from: the lowest finished count of a deep frame, else 0. */
    public int floor() {
        return deep && floor != Integer.MAX_VALUE ? floor : 0;
    }

    private void useColours(Gradient newPalette, int newMaxIter) {
        if (colours == null || !newPalette.equals(palette) || newMaxIter != maxIter) {
            palette = newPalette;
            maxIter = newMaxIter;
            colours = new ColourTable(newPalette, newMaxIter, Math.min(floor(), newMaxIter), cycle);
        }
    }

    /**
     * Shows rows {@code [first, end)}: finished rows as they are, the others dimmed. {@code argb}
     * itself is never dimmed, so a burst of zooms resamples real colours instead of fading to black.
     */
    private void writeRows(int first, int end) {
        int w = view.width();
        var writer = image().getPixelWriter();
        var format = PixelFormat.getIntArgbInstance();
        int row = first;
        while (row < end) {
            int runEnd = row + 1;
            while (runEnd < end && painted[runEnd] == painted[row]) {
                runEnd++;
            }
            if (painted[row]) {
                writer.setPixels(0, row, w, runEnd - row, format, argb, row * w, w);
            } else {
                if (scratch.length < w) {
                    scratch = new int[w];
                }
                for (int r = row; r < runEnd; r++) {
                    for (int i = 0, p = r * w; i < w; i++, p++) {
                        scratch[i] = dim(argb[p]);
                    }
                    writer.setPixels(0, r, w, 1, format, scratch, 0, w);
                }
            }
            row = runEnd;
        }
    }

    /** Nearest-pixel resampling of {@code src} (showing {@code from}) into the grid of {@code to}. */
    static void resample(int[] src, Viewport from, int[] dst, Viewport to) {
        int[] col = new int[to.width()];
        for (int i = 0; i < col.length; i++) {
            double x = (to.re(i) + to.dx() / 2 - from.xMin()) / from.dx();
            col[i] = x >= 0 && x < from.width() ? (int) x : -1;
        }
        for (int j = 0; j < to.height(); j++) {
            double y = (from.yMax() - (to.im(j) - to.dy() / 2)) / from.dy();
            int srcRow = y >= 0 && y < from.height() ? (int) y : -1;
            int base = j * to.width();
            for (int i = 0; i < col.length; i++) {
                dst[base + i] = srcRow < 0 || col[i] < 0 ? BACKGROUND : src[srcRow * from.width() + col[i]];
            }
        }
    }

    private static int dim(int c) {
        int r = (int) (((c >> 16) & 0xFF) * PREVIEW_DIM);
        int g = (int) (((c >> 8) & 0xFF) * PREVIEW_DIM);
        int b = (int) ((c & 0xFF) * PREVIEW_DIM);
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }
}
