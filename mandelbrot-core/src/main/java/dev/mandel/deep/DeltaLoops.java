package dev.mandel.deep;

import dev.mandel.kernel.KernelProvider;

/**
 * Chooses the delta loop of a deep view: extended range where pixel offsets fall below double
 * (docs/deep-zoom.md, section 6), else plain double, scalar or on the Vector API
 * ({@link VectorDeltaLoop}, section 9) as {@code --kernel} asks. {@code auto} takes the vector loop
 * where the vector kernels can run ({@link KernelProvider#vectorUsable()}), because it measured
 * faster (README, Deep zoom).
 *
 * <p>The vector loop is loaded by name, so this class links on a JVM without the incubator module.
 */
final class DeltaLoops {

    private static final String VECTOR_CLASS = "dev.mandel.deep.VectorDeltaLoop";

    private DeltaLoops() {
    }

    static DeltaLoop choose(DeepView view, ReferenceOrbit orbit, BlaTable table, KernelProvider.Choice choice) {
        if (DeepSetup.extended(view)) {
            return new ExtendedDeltaLoop(orbit, table);
        }
        return switch (choice) {
            case SCALAR -> new DoubleDeltaLoop(orbit, table);
            case VECTOR -> {
                if (!KernelProvider.vectorUsable()) {
                    throw new IllegalStateException(KernelProvider.vectorRefusal());
                }
                yield vector(orbit, table);
            }
            case AUTO -> KernelProvider.vectorUsable() ? vector(orbit, table) : new DoubleDeltaLoop(orbit, table);
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
