package dev.mandel.kernel;

import java.util.function.Consumer;

/**
 * Picks the escape kernel once, at start-up, the way Lucene picks its vectorization provider: the
 * Vector API kernel when the JVM can read {@code jdk.incubator.vector}, otherwise the scalar kernel
 * with a single warning line that says how to get the fast one.
 *
 * <p>The vector kernel is loaded by name, so this class and everything that uses it link and run on
 * a JVM started without {@code --add-modules=jdk.incubator.vector}.
 */
public final class KernelProvider {

    /** What {@code --kernel} accepts. */
    public enum Choice { AUTO, SCALAR, VECTOR }

    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String VECTOR_CLASS = "dev.mandel.kernel.VectorKernel";

    private static volatile boolean warned;

    private KernelProvider() {
    }

    /** The fastest kernel this JVM can run, warning once on stderr when that is the scalar one. */
    public static EscapeKernel best() {
        return choose(Choice.AUTO, vectorModuleReadable(), KernelProvider::warnOnce);
    }

    /** The kernel for a user's choice; asking for {@code VECTOR} without the module is an error. */
    public static EscapeKernel forChoice(Choice choice) {
        return choose(choice, vectorModuleReadable(), KernelProvider::warnOnce);
    }

    /** A vector kernel with a given interleave, for benchmarks and tests. */
    public static EscapeKernel vector(int interleave) {
        if (!vectorModuleReadable()) {
            throw new IllegalStateException(unavailableMessage());
        }
        return newVectorKernel(interleave);
    }

    /** Doubles per vector register as the Vector API sees this machine; 1 when it is unavailable. */
    public static int vectorLanes() {
        if (!vectorModuleReadable()) {
            return 1;
        }
        try {
            return (int) Class.forName(VECTOR_CLASS).getDeclaredMethod("lanes").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot query the vector kernel", e);
        }
    }

    /** The default vector interleave (independent vectors per loop step). */
    public static int defaultInterleave() {
        return VectorKernel.DEFAULT_INTERLEAVE;
    }

    static EscapeKernel choose(Choice choice, boolean vectorReadable, Consumer<String> warn) {
        return switch (choice) {
            case SCALAR -> new ScalarKernel();
            case VECTOR -> {
                if (!vectorReadable) {
                    throw new IllegalStateException(unavailableMessage());
                }
                yield newVectorKernel(VectorKernel.DEFAULT_INTERLEAVE);
            }
            case AUTO -> {
                if (vectorReadable) {
                    yield newVectorKernel(VectorKernel.DEFAULT_INTERLEAVE);
                }
                warn.accept("warning: " + unavailableMessage() + "; using the scalar kernel");
                yield new ScalarKernel();
            }
        };
    }

    static boolean vectorModuleReadable() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
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

    private static String unavailableMessage() {
        return "the Vector API (" + VECTOR_MODULE + ") is not available; start the JVM with --add-modules="
                + VECTOR_MODULE;
    }

    private static void warnOnce(String message) {
        if (!warned) {
            warned = true;
            System.err.println(message);
        }
    }
}
