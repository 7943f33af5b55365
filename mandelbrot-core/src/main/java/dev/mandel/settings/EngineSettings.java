package dev.mandel.settings;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.RenderRequest;
import dev.mandel.schedule.Schedule;

import java.util.Locale;

/**
 * How to compute a view: which kernel (and, for the vector kernel, how many vectors it steps
 * together; 0 = the machine's calibrated default), which schedule, on how many worker threads, and
 * (for over-partitioned schedules) how many tasks per thread.
 */
public record EngineSettings(KernelProvider.Choice kernel, Schedule schedule, int threads, int partitionFactor,
                             int interleave) {

    /** Most worker threads: far beyond any core count, small enough to never exhaust native threads. */
    public static final int MAX_THREADS = 1024;

    public EngineSettings {
        if (kernel == null || schedule == null) {
            throw new IllegalArgumentException("a kernel and a schedule are required");
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

    /** The kernel these settings ask for. */
    public EscapeKernel newKernel() {
        return KernelProvider.forChoice(kernel, interleave);
    }

    /** The best kernel, over-partitioned on every core with the default factor. */
    public static EngineSettings defaults() {
        return new EngineSettings(KernelProvider.Choice.AUTO, Schedule.FORKJOIN,
                Runtime.getRuntime().availableProcessors(), RenderRequest.DEFAULT_PARTITION_FACTOR, 0);
    }

    /** A kernel choice from its lower-case name, with a message that lists what is allowed. */
    public static KernelProvider.Choice parseKernel(String text) {
        for (KernelProvider.Choice c : KernelProvider.Choice.values()) {
            if (c.name().equalsIgnoreCase(text.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown kernel '" + text + "' (allowed: auto, scalar, vector)");
    }

    /** The lower-case name of a kernel choice, as {@link #parseKernel} reads it. */
    public static String kernelId(KernelProvider.Choice choice) {
        return choice.name().toLowerCase(Locale.ROOT);
    }
}
