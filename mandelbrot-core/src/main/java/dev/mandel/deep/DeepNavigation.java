package dev.mandel.deep;

import dev.mandel.view.Viewport;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Zoom and pan on deep views in exact decimal arithmetic, so that navigation never loses the
 * digits double would drop (the viewer's wheel, box and keys past 1e-13). Pixel positions are
 * doubles in the image ({@code (0, 0)} the top-left corner of the top-left pixel's cell; pixel
 * centres per docs/deep-zoom.md section 1 sit at whole numbers). New centres keep the digits that
 * tell pixels apart at the new span, plus a few, so centres do not grow without bound.
 */
public final class DeepNavigation {

    private DeepNavigation() {
    }

    /** The deep view of a double viewport: its centre and width, exactly as the doubles say. */
    public static DeepView of(Viewport v) {
        BigDecimal re = new BigDecimal(v.xMin()).add(new BigDecimal(v.xMax())).divide(BigDecimal.valueOf(2));
        BigDecimal im = new BigDecimal(v.yMin()).add(new BigDecimal(v.yMax())).divide(BigDecimal.valueOf(2));
        BigDecimal span = new BigDecimal(v.xMax()).subtract(new BigDecimal(v.xMin()));
        return rounded(new DeepView(re, im, span, v.width(), v.height()));
    }

    /** Zooms by {@code factor} (greater than 1 zooms in) keeping the point under {@code (px, py)} fixed. */
    public static DeepView zoomAt(DeepView v, double px, double py, double factor) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be a positive number, got " + factor);
        }
        MathContext mc = context(v, factor);
        BigDecimal newSpan = v.span().divide(new BigDecimal(factor), mc);
        BigDecimal shrink = v.span().subtract(newSpan, mc);
        BigDecimal twoW = BigDecimal.valueOf(2L * v.width());
        // p = c + S (2px - W) / (2W) stays put: c' = c + (S - S') (2px - W) / (2W).
        BigDecimal re = v.centreRe().add(shrink.multiply(new BigDecimal(2 * px - v.width())).divide(twoW, mc), mc);
        BigDecimal im = v.centreIm().add(shrink.multiply(new BigDecimal(v.height() - 2 * py)).divide(twoW, mc), mc);
        return rounded(new DeepView(re, im, clampSpan(newSpan), v.width(), v.height()));
    }

    /** Moves the picture by {@code (dx, dy)} pixels (the content follows the pointer). */
    public static DeepView pan(DeepView v, double dxPixels, double dyPixels) {
        MathContext mc = context(v, 1);
        BigDecimal perPixel = v.span().divide(BigDecimal.valueOf(v.width()), mc);
        BigDecimal re = v.centreRe().subtract(perPixel.multiply(new BigDecimal(dxPixels)), mc);
        BigDecimal im = v.centreIm().add(perPixel.multiply(new BigDecimal(dyPixels)), mc);
        return rounded(new DeepView(re, im, v.span(), v.width(), v.height()));
    }

    /** The box with corners {@code (x0, y0)} and {@code (x1, y1)} in pixels, fitted inside the image. */
    public static DeepView zoomToBox(DeepView v, double x0, double y0, double x1, double y1) {
        double w = Math.abs(x1 - x0);
        double h = Math.abs(y1 - y0);
        if (w < 1 || h < 1) {
            throw new IllegalArgumentException("the box must be at least one pixel wide and high");
        }
        double factor = Math.min(v.width() / w, v.height() / h);
        double cx = (x0 + x1) / 2;
        double cy = (y0 + y1) / 2;
        DeepView centred = pan(v, v.width() / 2.0 - cx, v.height() / 2.0 - cy);
        return zoomAt(centred, v.width() / 2.0, v.height() / 2.0, factor);
    }

    /** Another image size around the same centre and span. */
    public static DeepView resized(DeepView v, int width, int height) {
        return v.withSize(width, height);
    }

    private static MathContext context(DeepView v, double factor) {
        int digits = v.usefulDigits() + (int) Math.ceil(Math.log10(Math.max(1, factor))) + 10;
        return new MathContext(digits, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal clampSpan(BigDecimal span) {
        return span.compareTo(DeepView.MIN_SPAN) < 0 ? DeepView.MIN_SPAN
                : span.compareTo(DeepView.MAX_SPAN) > 0 ? DeepView.MAX_SPAN : span;
    }

    /** The view with its centre cut to the digits that matter at its span. */
    static DeepView rounded(DeepView v) {
        MathContext mc = new MathContext(Math.max(17, v.usefulDigits()), RoundingMode.HALF_EVEN);
        return new DeepView(v.centreRe().round(mc).stripTrailingZeros(), v.centreIm().round(mc).stripTrailingZeros(),
                v.span().round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros(),
                v.width(), v.height());
    }
}
