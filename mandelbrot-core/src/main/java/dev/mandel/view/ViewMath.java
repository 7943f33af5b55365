package dev.mandel.view;

/**
 * Zoom and pan on a {@link Viewport}, in pixel terms, as a viewer needs them.
 *
 * <p>All operations keep the pixel grid and return a new viewport; zooming about a pixel keeps the
 * complex point under that pixel where it was (up to rounding), which is what a wheel zoom at the
 * cursor must do.
 */
public final class ViewMath {

    private ViewMath() {
    }

    /**
     * Zooms by {@code factor} (greater than 1 zooms in) about the point under pixel position
     * {@code (px, py)}; pixel positions may be fractional.
     */
    public static Viewport zoomAt(Viewport v, double px, double py, double factor) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be a positive finite number, got " + factor);
        }
        double re = v.xMin() + px * v.dx();
        double im = v.yMax() - py * v.dy();
        double newSpanRe = v.spanRe() / factor;
        double newSpanIm = v.spanIm() / factor;
        double xMin = re - px / v.width() * newSpanRe;
        double yMax = im + py / v.height() * newSpanIm;
        return new Viewport(xMin, xMin + newSpanRe, yMax - newSpanIm, yMax, v.width(), v.height());
    }

    /** Moves the view so that the content shifts by {@code (dxPixels, dyPixels)} on screen. */
    public static Viewport pan(Viewport v, double dxPixels, double dyPixels) {
        double shiftRe = -dxPixels * v.dx();
        double shiftIm = dyPixels * v.dy();
        return new Viewport(v.xMin() + shiftRe, v.xMax() + shiftRe, v.yMin() + shiftIm, v.yMax() + shiftIm,
                v.width(), v.height());
    }

    /**
     * The region inside the pixel rectangle from {@code (x0, y0)} to {@code (x1, y1)} (any corner
     * order), widened to the grid's aspect ratio so the picture is not stretched.
     */
    public static Viewport zoomToBox(Viewport v, double x0, double y0, double x1, double y1) {
        double left = Math.min(x0, x1);
        double right = Math.max(x0, x1);
        double top = Math.min(y0, y1);
        double bottom = Math.max(y0, y1);
        if (right - left < 1 || bottom - top < 1) {
            throw new IllegalArgumentException("zoom box must be at least one pixel wide and high");
        }
        double cx = (left + right) / 2;
        double cy = (top + bottom) / 2;
        double factor = Math.min(v.width() / (right - left), v.height() / (bottom - top));
        Viewport centred = pan(v, v.width() / 2.0 - cx, v.height() / 2.0 - cy);
        return zoomAt(centred, v.width() / 2.0, v.height() / 2.0, factor);
    }

    /**
     * The same centre and horizontal span on a new pixel grid: a resized window keeps what the user
     * was looking at and shows more or less of it vertically.
     */
    public static Viewport resize(Viewport v, int width, int height) {
        return Viewport.centered(v.centerRe(), v.centerIm(), v.spanRe(), width, height);
    }
}
