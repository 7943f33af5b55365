package dev.mandel.kernel;

import java.util.function.Consumer;

/**
 * Picks the escape kernel the way Lucene picks its vectorization provider: once per JVM it decides
 * whether the Vector API kernel can win ({@link VectorSupport}: module readable, C2 compiling,
 * at least two doubles per vector); if not, the scalar kernel runs, with a single warning line that
 * says why.
 *
 * <p>The vector kernel is loaded by name, so this class and everything that uses it link and run on
 * a JVM started without {@code --add-modules=jdk.incubator.vector}.
 */
public final class KernelProvider {

    /** Interleaves 1 .. MAX_INTERLEAVE exist (the generated {@code VectorBlocks} has one block each). */
    public static final int MAX_INTERLEAVE = 8;

    private static final String VECTOR_CLASS = "dev.mandel.kernel.VectorKernel";

    private static volatile boolean warned;
    private static volatile VectorSupport support;

    private KernelProvider() {
    }

    /** The fastest kernel this JVM can run, warning once on stderr when that is the scalar one. */
    public static EscapeKernel best() {
        return forChoice(KernelChoice.AUTO);
    }

    /** The kernel for a user's choice, with the machine's calibrated interleave. */
    public static EscapeKernel forChoice(KernelChoice choice) {
        return forChoice(choice, 0);
    }

    /**
     * The kernel for a user's choice; {@code interleave} 1 .. {@link #MAX_INTERLEAVE}, or 0 for the
     * calibrated default (resolved by the kernel's first row, so building a kernel never measures).
     * Asking for {@code VECTOR} where it cannot run is an error naming why.
     */
    public static EscapeKernel forChoice(KernelChoice choice, int interleave) {
        requireInterleave(interleave);
        return choose(choice, support(), interleave, KernelProvider::warnOnce);
    }

    /** A vector kernel with a given interleave, for benchmarks and tests. */
    public static EscapeKernel vector(int interleave) {
        requireInterleave(interleave);
        if (interleave == 0) {
            throw new IllegalArgumentException("vector interleave must be 1 to " + MAX_INTERLEAVE + ", got 0");
        }
        VectorSupport s = support();
        if (!s.usable()) {
            throw new IllegalStateException(s.reason());
        }
        return newVectorKernel(interleave);
    }

    /** Doubles per vector register as the vector kernel will use them; 1 when it cannot run. */
    public static int vectorLanes() {
        VectorSupport s = support();
        return s.usable() ? s.bits() / Double.SIZE : 1;
    }

    /** True when the vector kernel can run and win here. */
    public static boolean vectorUsable() {
        return support().usable();
    }

    /** Why the vector kernel will not run here, or an empty string when it will. */
    public static String vectorRefusal() {
        return support().reason();
    }

    /**
     * The default vector interleave: measured once per machine and cached
     * ({@link InterleaveCalibration}); the measurement is announced on stderr.
     */
    public static int defaultInterleave() {
        return InterleaveCalibration.interleave(System.err::println);
    }

    /** "interleave 6 (calibrated for this machine)" or "calibrated on first use", without measuring. */
    public static String describeDefaultInterleave() {
        if (!vectorUsable()) {
            return "no vector kernel here: " + vectorRefusal();
        }
        var cached = InterleaveCalibration.cached();
        return cached.isPresent()
                ? "interleave " + cached.getAsInt() + " (calibrated for this machine, " + vectorLanes()
                        + " doubles per vector; cache " + InterleaveCalibration.cacheFile() + ")"
                : "interleave calibrated on first use (cached in " + InterleaveCalibration.cacheFile() + ")";
    }

    static VectorSupport support() {
        VectorSupport s = support;
        if (s == null) {
            synchronized (KernelProvider.class) {
                if (support == null) {
                    support = VectorSupport.detect();
                }
                s = support;
            }
        }
        return s;
    }

    static EscapeKernel choose(KernelChoice choice, VectorSupport vectors, int interleave, Consumer<String> warn) {
        return switch (choice) {
            case SCALAR -> new ScalarKernel();
            case VECTOR -> {
                if (!vectors.usable()) {
                    throw new IllegalStateException(vectors.reason());
                }
                yield newVectorKernel(interleave);
            }
            case AUTO -> {
                if (vectors.usable()) {
                    yield newVectorKernel(interleave);
                }
                warn.accept("warning: " + vectors.reason() + "; using the scalar kernel");
                yield new ScalarKernel();
            }
        };
    }

    static boolean vectorModuleReadable() {
        return ModuleLayer.boot().findModule(VectorSupport.MODULE).isPresent();
    }

    private static void requireInterleave(int interleave) {
        if (interleave < 0 || interleave > MAX_INTERLEAVE) {
            throw new IllegalArgumentException("vector interleave must be 1 to " + MAX_INTERLEAVE + ", got "
                    + interleave);
        }
    }

    private static EscapeKernel newVectorKernel(int interleave) {
        try {
            return (EscapeKernel) Class.forName(VECTOR_CLASS)
                    .getDeclaredConstructor(int.class)
                    .newInstance(interleave);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot create the vector kernel", e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot create the vector kernel: " + e, e);
        }
    }

    private static void warnOnce(String message) {
        if (!warned) {
            warned = true;
            System.err.println(message);
        }
    }
}
