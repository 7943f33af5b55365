package dev.mandel.kernel;

/**
 * The SIMD width the vector kernels use, decided once per JVM before the first vector kernel is
 * built: the machine's preferred width, or a narrower one asked for with {@code --vector-bits} or
 * the {@value #PROPERTY} system property (tests use it to run the 2- and 4-lane paths on an
 * AVX-512 machine).
 *
 * <p>The width must be fixed before the kernel class is initialised: the kernels hold their
 * species in {@code static final} fields, the only place where C2 treats it as a constant and
 * compiles vector operations to single instructions.
 */
public final class VectorWidth {

    /** System property holding 128, 256 or 512; absent means the machine's preferred width. */
    public static final String PROPERTY = "mandelbrot.vector.bits";

    private static final Object LOCK = new Object();
    /** Bits requested through {@link #request}, 0 for none. */
    private static int requested;
    /** Bits the kernels were built with, 0 while no kernel class is initialised. */
    private static int fixed;

    private VectorWidth() {
    }

    /**
     * Asks for vectors of {@code bits} bits (128, 256 or 512) before any vector kernel exists.
     *
     * @throws IllegalArgumentException for any other width
     * @throws IllegalStateException when kernels were already built with a different width
     */
    public static void request(int bits) {
        requireAllowed(bits, "--vector-bits");
        synchronized (LOCK) {
            if (fixed != 0 && fixed != bits) {
                throw new IllegalStateException("the vector width is already fixed at " + fixed
                        + " bits in this JVM; it cannot change to " + bits);
            }
            requested = bits;
        }
    }

    /** The requested width in bits, or 0 for the machine's preferred width. */
    static int requestedBits() {
        synchronized (LOCK) {
            if (requested != 0) {
                return requested;
            }
        }
        String property = System.getProperty(PROPERTY);
        if (property == null || property.isBlank()) {
            return 0;
        }
        int bits;
        try {
            bits = Integer.parseInt(property.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + " must be 128, 256 or 512, got '" + property + "'");
        }
        requireAllowed(bits, "-D" + PROPERTY);
        return bits;
    }

    /** Called by a kernel class as it initialises: from here on the width cannot change. */
    static void fix(int bits) {
        synchronized (LOCK) {
            fixed = bits;
        }
    }

    private static void requireAllowed(int bits, String what) {
        if (bits != 128 && bits != 256 && bits != 512) {
            throw new IllegalArgumentException(what + " must be 128, 256 or 512, got " + bits);
        }
    }
}
