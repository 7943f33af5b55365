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

    /** The kernel for {@code --kernel} and {@code --precision}. */
    public static EscapeKernel forChoice(KernelProvider.Choice kernel, Precision precision) {
        return switch (precision) {
            case DOUBLE -> KernelProvider.forChoice(kernel);
            case FLOAT -> floatKernel(kernel);
            case AUTO -> new AutoPrecisionKernel(KernelProvider.forChoice(kernel), floatKernel(kernel));
        };
    }

    /** The single-precision kernel for a kernel choice (vector when available, as for double). */
    public static EscapeKernel floatKernel(KernelProvider.Choice kernel) {
        boolean readable = KernelProvider.vectorModuleReadable();
        return switch (kernel) {
            case SCALAR -> new FloatScalarKernel();
            case VECTOR -> {
                if (!readable) {
                    // Same message and failure as asking for the double vector kernel without the module.
                    KernelProvider.forChoice(KernelProvider.Choice.VECTOR);
                }
                yield newFloatVectorKernel();
            }
            case AUTO -> readable ? newFloatVectorKernel() : new FloatScalarKernel();
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
