package dev.mandel.video;

/**
 * Draws a frame of a zoom from two keyframes one octave apart, by bilinear interpolation of their
 * colours (the way zoomasm plays back Kalles Fraktaler's exponential-map keyframes, here with
 * plain keyframes).
 *
 * <p>All three pictures share a centre. The inner keyframe is {@code a} wide, the outer one
 * {@code 2a}, the frame {@code s = scale * a} with {@code 1 <= scale <= 2}. A frame pixel takes its
 * colour from the inner keyframe where that keyframe covers it (the middle of the frame, sampled at
 * up to 2x the frame's resolution) and from the outer keyframe elsewhere (the border, at most 2x
 * coarser than the frame). Pixel positions follow DESIGN.md section 2b: column {@code i} lies
 * {@code (i - W/2) * s / W} right of the centre. At {@code scale == 1} with keyframes of the
 * frame's size every position is a whole pixel and the frame is an exact copy of the inner keyframe.
 */
public final class FrameResampler {

    /** Fixed-point weight of one whole pixel. */
    private static final int ONE = 256;

    private final int width;
    private final int height;
    private final int keyWidth;
    private final int keyHeight;

    public FrameResampler(int width, int height, int keyWidth, int keyHeight) {
        if (width < 1 || height < 1 || keyWidth < 2 || keyHeight < 2) {
            throw new IllegalArgumentException("resampling needs frames of at least 1x1 and keyframes of at least 2x2, got "
                    + width + "x" + height + " from " + keyWidth + "x" + keyHeight);
        }
        if ((long) keyWidth * height != (long) keyHeight * width) {
            throw new IllegalArgumentException("keyframes " + keyWidth + "x" + keyHeight + " must have the frame's shape "
                    + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.keyWidth = keyWidth;
        this.keyHeight = keyHeight;
    }

    /**
     * Writes the frame {@code scale} times as wide as {@code inner} into {@code out}
     * ({@code width x height}); {@code outer} is the keyframe twice as wide as {@code inner}.
     */
    public void draw(int[] inner, int[] outer, double scale, int[] out) {
        if (!(scale >= 1 && scale <= 2)) {
            throw new IllegalArgumentException("a frame lies between its keyframes: scale 1..2, got " + scale);
        }
        // Keyframe pixels per frame pixel, in the inner and the outer keyframe (pixels are square,
        // so the same step holds along columns and rows).
        double innerStep = scale * keyWidth / width;
        double outerStep = innerStep / 2;
        Axis innerCols = Axis.of(width, keyWidth, innerStep);
        Axis outerCols = Axis.of(width, keyWidth, outerStep);
        for (int j = 0; j < height; j++) {
            double yi = keyHeight / 2.0 + (j - height / 2.0) * innerStep;
            double yo = keyHeight / 2.0 + (j - height / 2.0) * outerStep;
            boolean rowInside = yi >= 0 && yi <= keyHeight - 1;
            int base = j * width;
            if (rowInside) {
                int y0 = Math.min((int) yi, keyHeight - 2);
                int wy = weight(yi - y0);
                int yo0 = clampCell(yo, keyHeight);
                int wyo = weight(clamp(yo, keyHeight) - yo0);
                for (int i = 0; i < width; i++) {
                    out[base + i] = innerCols.inside[i]
                            ? sample(inner, innerCols.x0[i], innerCols.w[i], y0, wy)
                            : sample(outer, outerCols.x0[i], outerCols.w[i], yo0, wyo);
                }
            } else {
                int yo0 = clampCell(yo, keyHeight);
                int wyo = weight(clamp(yo, keyHeight) - yo0);
                for (int i = 0; i < width; i++) {
                    out[base + i] = sample(outer, outerCols.x0[i], outerCols.w[i], yo0, wyo);
                }
            }
        }
    }

    /** Where each frame column falls in a keyframe: left neighbour, weight of the right one, coverage. */
    private record Axis(int[] x0, int[] w, boolean[] inside) {
        static Axis of(int frameEdge, int keyEdge, double step) {
            int[] x0 = new int[frameEdge];
            int[] w = new int[frameEdge];
            boolean[] inside = new boolean[frameEdge];
            for (int i = 0; i < frameEdge; i++) {
                double x = keyEdge / 2.0 + (i - frameEdge / 2.0) * step;
                inside[i] = x >= 0 && x <= keyEdge - 1;
                x0[i] = clampCell(x, keyEdge);
                w[i] = weight(clamp(x, keyEdge) - x0[i]);
            }
            return new Axis(x0, w, inside);
        }
    }

    private static double clamp(double x, int edge) {
        return Math.max(0, Math.min(edge - 1, x));
    }

    /** Left (or top) neighbour of position {@code x}, leaving room for the right one. */
    private static int clampCell(double x, int edge) {
        return Math.min((int) clamp(x, edge), edge - 2);
    }

    private static int weight(double fraction) {
        return (int) Math.round(fraction * ONE);
    }

    private int sample(int[] key, int x0, int wx, int y0, int wy) {
        int p = y0 * keyWidth + x0;
        int a = key[p];
        if (wx == 0 && wy == 0) {
            return a;
        }
        int b = key[p + 1];
        int c = key[p + keyWidth];
        int d = key[p + keyWidth + 1];
        return 0xFF000000
                | mix(a >> 16 & 0xFF, b >> 16 & 0xFF, c >> 16 & 0xFF, d >> 16 & 0xFF, wx, wy) << 16
                | mix(a >> 8 & 0xFF, b >> 8 & 0xFF, c >> 8 & 0xFF, d >> 8 & 0xFF, wx, wy) << 8
                | mix(a & 0xFF, b & 0xFF, c & 0xFF, d & 0xFF, wx, wy);
    }

    private static int mix(int a, int b, int c, int d, int wx, int wy) {
        int top = a * (ONE - wx) + b * wx;
        int bottom = c * (ONE - wx) + d * wx;
        return (top * (ONE - wy) + bottom * wy + ONE * ONE / 2) >> 16;
    }
}
