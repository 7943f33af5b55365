package dev.mandel.settings;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.kernel.FloatScalarKernel;
import dev.mandel.kernel.KernelChoice;
import dev.mandel.kernel.Precision;
import dev.mandel.kernel.PrecisionKernels;
import dev.mandel.kernel.PrecisionRule;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Viewport;

/**
 * How to compute a view: which kernel and number type, for the vector kernel how many vectors step
 * together (0 = the machine's calibrated default), which schedule, on how many worker threads, and
 * (for over-partitioned work) how many tasks per thread.
 */
public record EngineSettings(KernelChoice kernel, Precision precision, Schedule schedule, int threads,
                             int partitionFactor, int interleave) {

    /** Most worker threads: far beyond any core count, small enough to never exhaust native threads. */
    public static final int MAX_THREADS = 1024;

    public EngineSettings {
        if (kernel == null || precision == null || schedule == null) {
            throw new IllegalArgumentException("a kernel, a precision and a schedule are required");
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", got " + threads);
        }
        if (partitionFactor < 1) {
            throw new IllegalArgumentException("partition factor must be at least 1, got " + partitionFactor);
        }
        if (interleave < 0) {
            throw new IllegalArgumentException("interleave must be 0 (calibrated) or more, got " + interleave);
        }
    }

    /**
     * The kernel for this view. {@code auto} precision is decided once for the whole view, so every
     * strip of a poster runs the same number type; an explicit float is refused past its range.
     */
    public EscapeKernel kernelFor(Viewport view, int maxIter) {
        Precision p = PrecisionRule.resolve(precision, view, maxIter);
        if (p == Precision.FLOAT && maxIter > FloatScalarKernel.MAX_ITER) {
            throw new IllegalArgumentException("float counts at most " + FloatScalarKernel.MAX_ITER
                    + " iterations, got a limit of " + maxIter + " (use double or auto)");
        }
        return PrecisionKernels.forChoice(kernel, p, interleave);
    }
}
