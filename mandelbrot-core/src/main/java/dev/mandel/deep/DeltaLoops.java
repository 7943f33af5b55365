package dev.mandel.deep;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.kernel.KernelProvider;

/**
 * Chooses the delta loop of a deep view: extended range where pixel offsets fall below double
 * (docs/deep-zoom.md, section 6), else plain double, scalar or on the Vector API
 * ({@link VectorDeltaLoop}, section 9) as {@code --kernel} asks.
 *
 * <p>{@code auto} takes the scalar loop. Once compiled, the vector loop is faster (DeepFrameBenchmark:
 * 1.4 times on the Flake), but until C2 has compiled it every vector operation runs as a call on a
 * heap object: a deep render in a fresh JVM spends seconds there (a 400x300 view at 5e-20 took
 * 4.45 s of pixels against 0.30 s scalar), and deep renders have no warm-up copy of the view to hide
 * it (README, Deep zoom). {@code --kernel vector} asks for it.
 *
 * <p>The vector loop is loaded by name, so this class links on a JVM without the incubator module.
 */
final class DeltaLoops {

    private static final String VECTOR_CLASS = "dev.mandel.deep.VectorDeltaLoop";

    private DeltaLoops() {
    }

    static DeltaLoop choose(DeepView view, ReferenceOrbit orbit, BlaTable table, KernelChoice choice) {
        if (DeepSetup.extended(view)) {
            return new ExtendedDeltaLoop(orbit, table);
        }
        return switch (choice) {
            case VECTOR -> {
                if (!KernelProvider.vectorUsable()) {
                    throw new IllegalStateException(KernelProvider.vectorRefusal());
                }
                yield vector(orbit, table);
            }
            case SCALAR, AUTO -> new DoubleDeltaLoop(orbit, table);
        };
    }

    private static DeltaLoop vector(ReferenceOrbit orbit, BlaTable table) {
        try {
            return (DeltaLoop) Class.forName(VECTOR_CLASS)
                    .getDeclaredConstructor(ReferenceOrbit.class, BlaTable.class)
                    .newInstance(orbit, table);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot create the vector delta loop: " + e, e);
        }
    }
}
