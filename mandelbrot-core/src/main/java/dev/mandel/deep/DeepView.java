package dev.mandel.deep;

import dev.mandel.view.Viewport;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A view given by a decimal centre of any length, a decimal span (the image's width in the plane)
 * and an image size, with square pixels: the deep view of docs/deep-zoom.md, section 1.
 *
 * <p>Pixel {@code (i, j)}, row 0 at the top, is exactly {@code RE + S(2i - W)/(2W)} plus
 * {@code i(IM + S(H - 2j)/(2W))}. Nothing here rounds to double except where a method says so.
 */
public record DeepView(BigDecimal centreRe, BigDecimal centreIm, BigDecimal span, int width, int height) {

    /** The smallest span accepted: the orbit then needs about 6,800 bits. */
    public static final BigDecimal MIN_SPAN = new BigDecimal("1e-2000");
    /** The largest span accepted; beyond it the set is a dot. */
    public static final BigDecimal MAX_SPAN = new BigDecimal("1e3");
    /** The largest |centre| accepted (everything beyond escapes at once). */
    public static final BigDecimal MAX_CENTRE = new BigDecimal("1e3");
    /** Bits carried below the pixel spacing by the reference orbit. */
    static final int GUARD_BITS = 128;

    public DeepView {
        if (centreRe == null || centreIm == null || span == null) {
            throw new IllegalArgumentException("a deep view needs a centre and a span");
        }
        if (span.signum() <= 0 || span.compareTo(MIN_SPAN) < 0 || span.compareTo(MAX_SPAN) > 0) {
            throw new IllegalArgumentException("span must be between 1e-2000 and 1e3, got " + shortText(span));
        }
        if (centreRe.abs().compareTo(MAX_CENTRE) > 0 || centreIm.abs().compareTo(MAX_CENTRE) > 0) {
            throw new IllegalArgumentException("centre coordinates must be within +-1000");
        }
        if (width < 1 || width > Viewport.MAX_EDGE || height < 1 || height > Viewport.MAX_EDGE) {
            throw new IllegalArgumentException("width and height must be between 1 and " + Viewport.MAX_EDGE
                    + " pixels, got " + width + "x" + height);
        }
    }

    /**
     * Parses {@code "RE,IM"} and a span such as {@code "1.8e-157"}; messages name the bad part.
     */
    public static DeepView parse(String centre, String span, int width, int height) {
        String[] parts = centre == null ? new String[0] : centre.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("center must be RE,IM (two decimals separated by a comma), got '"
                    + centre + "'");
        }
        return new DeepView(decimal("center re", parts[0]), decimal("center im", parts[1]),
                decimal("span", span), width, height);
    }

    private static BigDecimal decimal(String name, String text) {
        String t = text == null ? "" : text.trim();
        if (t.length() > 100_000) {
            throw new IllegalArgumentException(name + " has more than 100000 characters");
        }
        try {
            BigDecimal v = new BigDecimal(t);
            if (Math.abs((long) v.scale()) > 100_000) {
                throw new IllegalArgumentException(name + " exponent is out of range: '" + shortText(t) + "'");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a decimal number such as -0.75 or 1.8e-157, got '"
                    + shortText(t) + "'");
        }
    }

    private static String shortText(Object o) {
        String s = String.valueOf(o);
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /** The same place, same span, another image size. */
    public DeepView withSize(int newWidth, int newHeight) {
        return new DeepView(centreRe, centreIm, span, newWidth, newHeight);
    }

    /** Span as an extended-range number. */
    public FloatExp spanValue() {
        return FloatExp.of(span);
    }

    /** log10 of the span: -157 for 1e-157. */
    public double log10Span() {
        return FloatExp.log2(span) * Math.log10(2);
    }

    /** Distance between neighbouring pixel centres, {@code S / W}. */
    public FloatExp pixelSize() {
        return spanValue().times(1.0 / width);
    }

    /**
     * Whether the section 2 kernels resolve this view in double: the centre and span convert to a
     * {@link Viewport} whose neighbouring pixels are distinct doubles with a margin.
     */
    public boolean fitsDouble() {
        double s = span.doubleValue();
        if (!(s > 1e-300)) {
            return false;
        }
        try {
            return toViewport().resolvable();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The nearest double viewport (centre and span rounded to double). */
    public Viewport toViewport() {
        return Viewport.centered(centreRe.doubleValue(), centreIm.doubleValue(), span.doubleValue(), width, height);
    }

    /** Fixed-point bits for the reference orbit: {@code log2(W / S)} plus {@link #GUARD_BITS}. */
    public int referenceBits() {
        double log2 = Math.log(width) / Math.log(2) - FloatExp.log2(span);
        return Math.max(64, (int) Math.ceil(log2) + GUARD_BITS);
    }

    /**
     * Pixel {@code (i, j)} as fixed point with {@code bits} fraction bits, rounded once from the
     * exact decimal value ({@code [re, im]}).
     */
    public BigInteger[] fixedPixel(int i, int j, int bits) {
        BigDecimal twoW = BigDecimal.valueOf(2L * width);
        BigDecimal scale = new BigDecimal(BigInteger.ONE.shiftLeft(bits));
        BigDecimal re = centreRe.multiply(twoW).add(span.multiply(BigDecimal.valueOf(2L * i - width)));
        BigDecimal im = centreIm.multiply(twoW).add(span.multiply(BigDecimal.valueOf((long) height - 2L * j)));
        return new BigInteger[] {
            re.multiply(scale).divide(twoW, 0, RoundingMode.HALF_EVEN).toBigIntegerExact(),
            im.multiply(scale).divide(twoW, 0, RoundingMode.HALF_EVEN).toBigIntegerExact()
        };
    }

    /** Pixel {@code (i, j)} as decimals with {@code digits} significant digits. */
    public BigDecimal[] pixel(int i, int j, int digits) {
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        BigDecimal twoW = BigDecimal.valueOf(2L * width);
        BigDecimal dre = span.multiply(BigDecimal.valueOf(2L * i - width)).divide(twoW, mc);
        BigDecimal dim = span.multiply(BigDecimal.valueOf((long) height - 2L * j)).divide(twoW, mc);
        return new BigDecimal[] {centreRe.add(dre, mc), centreIm.add(dim, mc)};
    }

    /** Significant decimal digits that tell neighbouring pixels apart, plus a few. */
    public int usefulDigits() {
        double magnitude = Math.max(1, Math.max(Math.abs(centreRe.doubleValue()), Math.abs(centreIm.doubleValue())));
        double pixelLog10 = log10Span() - Math.log10(width);
        return (int) Math.ceil(Math.log10(magnitude) - pixelLog10) + 6;
    }

    /** The centre as {@code RE,IM} with every digit. */
    public String centreText() {
        return centreRe.toString() + "," + centreIm.toString();
    }

    public String spanText() {
        return span.stripTrailingZeros().toString();
    }

    @Override
    public String toString() {
        return "center " + centreText() + " span " + spanText() + " at " + width + "x" + height;
    }
}
