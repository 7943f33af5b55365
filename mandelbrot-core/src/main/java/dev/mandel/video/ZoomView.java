package dev.mandel.video;

import java.math.BigDecimal;

/**
 * One picture of a zoom: a centre given as decimal strings of any length, the width of the image
 * in the plane, the pixel grid and the iteration limit (DESIGN.md section 2b: square pixels,
 * {@code d = span / width}).
 *
 * <p>The centre stays text so that a renderer for views deeper than double precision receives every
 * digit the user typed; the double renderer rounds it once.
 */
public record ZoomView(String centreRe, String centreIm, BigDecimal span, int width, int height, int maxIter) {

    public ZoomView {
        if (centreRe == null || centreIm == null || span == null) {
            throw new IllegalArgumentException("a zoom view needs a centre and a span");
        }
        if (span.signum() <= 0) {
            throw new IllegalArgumentException("span must be positive, got " + span);
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a zoom view needs at least one pixel, got " + width + "x" + height);
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException("max iterations must be at least 1, got " + maxIter);
        }
    }

    public long pixels() {
        return (long) width * height;
    }
}
