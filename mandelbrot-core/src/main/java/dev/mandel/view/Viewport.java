package dev.mandel.view;

/**
 * A rectangle of the complex plane sampled on a {@code width x height} pixel grid.
 *
 * <p>The pixel mapping is the project's reference semantics (DESIGN.md, section 2) and every kernel
 * reproduces it bit for bit: {@code dx = (xMax - xMin) / width}, {@code cr = xMin + i * dx}, and
 * {@code ci = yMax - j * dy} with row 0 at the top. Instances are immutable and validated on
 * construction, so a kernel never sees a NaN bound, a reversed region or an empty grid.
 */
public record Viewport(double xMin, double xMax, double yMin, double yMax, int width, int height) {

    /** Largest edge accepted; beyond this a single row of counts no longer fits an int index. */
    public static final int MAX_EDGE = 1 << 20;

    public Viewport {
        requireFinite("xMin", xMin);
        requireFinite("xMax", xMax);
        requireFinite("yMin", yMin);
        requireFinite("yMax", yMax);
        if (!(xMin < xMax)) {
            throw new IllegalArgumentException("region xMin (" + xMin + ") must be less than xMax (" + xMax + ")");
        }
        if (!(yMin < yMax)) {
            throw new IllegalArgumentException("region yMin (" + yMin + ") must be less than yMax (" + yMax + ")");
        }
        requireEdge("width", width);
        requireEdge("height", height);
        if (!Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new IllegalArgumentException("region is too large: its width and height must be finite doubles");
        }
    }

    /** The full set with a little margin, at the given size (the default view). */
    public static Viewport fullSet(int width, int height) {
        return centered(-0.75, 0.0, 3.2, width, height);
    }

    /**
     * A view centred on {@code (re, im)} that is {@code span} wide; the height of the region
     * follows from the pixel aspect ratio so that pixels are square.
     */
    public static Viewport centered(double re, double im, double span, int width, int height) {
        requireFinite("center re", re);
        requireFinite("center im", im);
        if (!(span > 0) || !Double.isFinite(span)) {
            throw new IllegalArgumentException("span must be a positive finite number, got " + span);
        }
        requireEdge("width", width);
        requireEdge("height", height);
        double halfW = span / 2;
        double halfH = span * height / width / 2;
        return new Viewport(re - halfW, re + halfW, im - halfH, im + halfH, width, height);
    }

    /** Horizontal pixel step. */
    public double dx() {
        return (xMax - xMin) / width;
    }

    /** Vertical pixel step. */
    public double dy() {
        return (yMax - yMin) / height;
    }

    /** Real part of column {@code i}: exactly {@code xMin + i * dx}. */
    public double re(int i) {
        return xMin + (double) i * dx();
    }

    /** Imaginary part of row {@code j}: exactly {@code yMax - j * dy} (row 0 at the top). */
    public double im(int j) {
        return yMax - (double) j * dy();
    }

    public double centerRe() {
        return (xMin + xMax) / 2;
    }

    public double centerIm() {
        return (yMin + yMax) / 2;
    }

    public double spanRe() {
        return xMax - xMin;
    }

    public double spanIm() {
        return yMax - yMin;
    }

    public long pixels() {
        return (long) width * height;
    }

    /** The same region sampled on another pixel grid. */
    public Viewport withSize(int newWidth, int newHeight) {
        return new Viewport(xMin, xMax, yMin, yMax, newWidth, newHeight);
    }

    /**
     * Whether neighbouring pixels still map to distinct doubles. Below this the picture is made of
     * repeated columns or rows: not wrong arithmetic, but not what a user asked to see.
     */
    public boolean resolvable() {
        double scale = Math.max(Math.max(Math.abs(xMin), Math.abs(xMax)), Math.max(Math.abs(yMin), Math.abs(yMax)));
        double ulp = Math.ulp(Math.max(scale, Double.MIN_NORMAL));
        return dx() > 4 * ulp && dy() > 4 * ulp;
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + value);
        }
    }

    private static void requireEdge(String name, int value) {
        if (value < 1 || value > MAX_EDGE) {
            throw new IllegalArgumentException(name + " must be between 1 and " + MAX_EDGE + " pixels, got " + value);
        }
    }
}
