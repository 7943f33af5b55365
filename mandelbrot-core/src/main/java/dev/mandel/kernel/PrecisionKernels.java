package dev.mandel.kernel;

/**
 * Kernels for a (kernel, precision) choice: {@link KernelProvider} for double, the float twins
 * for single precision, {@link AutoPrecisionKernel} for auto. The float vector kernel is loaded by
 * name, like the double one, so this class links without {@code jdk.incubator.vector}.
 */
public final class PrecisionKernels {

    private static final String FLOAT_VECTOR_CLASS = "dev.mandel.kernel.FloatVectorKernel";

    private PrecisionKernels() {
    }

    /** The kernel for {@code --kernel} and {@code --precision}, with the calibrated interleave. */
    public static EscapeKernel forChoice(KernelChoice kernel, Precision precision) {
        return forChoice(kernel, precision, 0);
    }

    /** As {@link #forChoice(KernelChoice, Precision)}; {@code interleave} shapes the double kernel (0: calibrated). */
    public static EscapeKernel forChoice(KernelChoice kernel, Precision precision, int interleave) {
        return switch (precision) {
            case DOUBLE -> KernelProvider.forChoice(kernel, interleave);
            case FLOAT -> floatKernel(kernel);
            case AUTO -> new AutoPrecisionKernel(KernelProvider.forChoice(kernel, interleave), floatKernel(kernel));
        };
    }

    /** The single-precision kernel for a kernel choice (vector when available, as for double). */
    public static EscapeKernel floatKernel(KernelChoice kernel) {
        // Where the double vector kernel would not run (no module, too narrow), neither does this one.
        boolean usable = KernelProvider.vectorUsable();
        return switch (kernel) {
            case SCALAR -> new FloatScalarKernel();
            case VECTOR -> {
                if (!usable) {
                    throw new IllegalStateException(KernelProvider.vectorRefusal());
                }
                yield newFloatVectorKernel();
            }
            case AUTO -> usable ? newFloatVectorKernel() : new FloatScalarKernel();
        };
    }

    private static EscapeKernel newFloatVectorKernel() {
        try {
            return (EscapeKernel) Class.forName(FLOAT_VECTOR_CLASS).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot create the float vector kernel: " + e, e);
        }
    }
}
