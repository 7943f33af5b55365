package dev.mandel.video;

import java.math.BigDecimal;

/**
 * Which picture each frame of a zoom shows: every frame is centred on the target, and the span
 * falls exponentially with time (a constant zoom speed), from {@code startSpan} on frame 0 to
 * exactly {@code endSpan} on the last frame, which is the target view itself.
 *
 * <p>Frame {@code k} of {@code n} has {@code log(span) = log(start) + k / (n - 1) * (log(end) - log(start))}.
 */
public record ZoomPlan(String centreRe, String centreIm, BigDecimal startSpan, BigDecimal endSpan, int frames,
                       int width, int height, IterationLimit limit) {

    /** Frames per video at most: an hour at 60 fps is more than anyone renders in one go. */
    public static final int MAX_FRAMES = 216_000;

    public ZoomPlan {
        if (centreRe == null || centreIm == null) {
            throw new IllegalArgumentException("a zoom needs a centre");
        }
        if (startSpan.compareTo(endSpan) <= 0) {
            throw new IllegalArgumentException("--from-span (" + startSpan.toString()
                    + ") must be wider than --span (" + endSpan.toString() + "): a zoom goes in");
        }
        if (frames < 1 || frames > MAX_FRAMES) {
            throw new IllegalArgumentException("a zoom has 1 to " + MAX_FRAMES + " frames, got " + frames);
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a zoom needs at least one pixel, got " + width + "x" + height);
        }
    }

    /**
     * The number of frames of {@code seconds x fps}, which must be a whole number (a video of
     * 2.5 s at 30 fps has 75 frames; 2.51 s has none that is exact).
     */
    public static int frameCount(double seconds, int fps) {
        if (!(seconds > 0) || !Double.isFinite(seconds)) {
            throw new IllegalArgumentException("--seconds must be a positive number, got " + seconds);
        }
        if (fps < 1 || fps > 240) {
            throw new IllegalArgumentException("--fps must be between 1 and 240, got " + fps);
        }
        double exact = seconds * fps;
        long n = Math.round(exact);
        if (Math.abs(exact - n) > 1e-6 || n < 1) {
            throw new IllegalArgumentException("--seconds x --fps must be a whole number of frames, got "
                    + seconds + " x " + fps + " = " + exact);
        }
        if (n > MAX_FRAMES) {
            throw new IllegalArgumentException("--seconds x --fps is " + n + " frames; at most " + MAX_FRAMES
                    + " are allowed");
        }
        return (int) n;
    }

    /** The same zoom with another iteration limit (e.g. auto with probed anchors). */
    public ZoomPlan withLimit(IterationLimit newLimit) {
        return new ZoomPlan(centreRe, centreIm, startSpan, endSpan, frames, width, height, newLimit);
    }

    /** The span of frame {@code k}: exactly the start on frame 0 and exactly the end on the last. */
    public BigDecimal span(int k) {
        if (k < 0 || k >= frames) {
            throw new IndexOutOfBoundsException("frame " + k + " of " + frames);
        }
        if (k == frames - 1) {
            return endSpan;
        }
        if (k == 0) {
            return startSpan;
        }
        double a = Spans.log10(startSpan);
        double b = Spans.log10(endSpan);
        return Spans.pow10(a + (b - a) * k / (frames - 1));
    }

    /** The picture frame {@code k} shows, with its iteration limit. */
    public ZoomView frame(int k) {
        BigDecimal s = span(k);
        return view(s);
    }

    /** A view of this zoom's centre and size at any span (keyframes are such views). */
    public ZoomView view(BigDecimal span) {
        return new ZoomView(centreRe, centreIm, span, width, height, limit.forSpan(span));
    }

    /** The target view: the last frame. */
    public ZoomView target() {
        return view(endSpan);
    }

    /** How many times the span halves over the zoom. */
    public double octaves() {
        return Spans.log2Ratio(startSpan, endSpan);
    }
}
