package dev.mandel.cli;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.kernel.Precision;
import dev.mandel.kernel.VectorWidth;
import dev.mandel.poster.StripPlan;
import dev.mandel.render.RenderRequest;
import dev.mandel.schedule.Schedule;
import dev.mandel.settings.EngineSettings;
import picocli.CommandLine.Option;

/**
 * How to compute: kernel, precision, schedule, threads, partition factor (the core
 * {@link EngineSettings}), plus how this command runs them: poster strip height and JIT warm-up.
 */
final class EngineOptions {

    @Option(names = "--kernel", defaultValue = "auto", paramLabel = "auto|scalar|vector",
            converter = Converters.KernelName.class,
            description = "Escape kernel (default ${DEFAULT-VALUE}: vector when the Vector API is available).")
    KernelChoice kernel;

    @Option(names = "--precision", defaultValue = "double", paramLabel = "float|double|auto",
            converter = Converters.PrecisionName.class,
            description = "Number type of the loop (default ${DEFAULT-VALUE}: exact and reproducible). float runs"
                    + " twice the lanes per vector; auto takes float only where it resolves the view (pixel step >= "
                    + "4096 float ulps, max-iter <= 1000), double beyond.")
    Precision precision;

    @Option(names = "--interleave", paramLabel = "N",
            description = "Vectors the vector kernel steps together, 1 to " + KernelProvider.MAX_INTERLEAVE
                    + " (default: ${sys:mandelbrot.help.interleave:-calibrated for this machine on first use}).")
    Integer interleave;

    @Option(names = "--vector-bits", paramLabel = "128|256|512",
            description = "SIMD width of the vector kernel (default: the widest this machine compiles to;"
                    + " narrower widths exist to compare and test).")
    Integer vectorBits;

    @Option(names = "--schedule", defaultValue = "forkjoin", paramLabel = "sequential|static|forkjoin",
            converter = Converters.ScheduleName.class,
            description = "How rows are cut into tasks (default ${DEFAULT-VALUE}).")
    Schedule schedule;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--partition-factor", paramLabel = "F",
            defaultValue = "" + RenderRequest.DEFAULT_PARTITION_FACTOR,
            description = "Tasks per worker for forkjoin (default ${DEFAULT-VALUE}).")
    int partitionFactor;

    @Option(names = "--strip-rows", paramLabel = "N",
            description = "Rows rendered at a time (default: as many as fit in "
                    + StripPlan.BUDGET_MIB + " MiB and the heap; smaller images render in one piece).")
    Integer stripRows;

    @Option(names = "--warmup", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Warm the JIT up on a small copy of the view before the timed render, so the figures"
                    + " measure compiled code (default: on; --no-warmup times a cold JVM).")
    boolean warmup;

    /** The checked engine settings; a bad value is a one-line message naming its option. */
    EngineSettings resolve() {
        int t = Args.threads(threads);
        int f = Args.partitionFactor(partitionFactor);
        if (stripRows != null && stripRows < 1) {
            throw new IllegalArgumentException("--strip-rows must be at least 1, got " + stripRows);
        }
        if (interleave != null && (interleave < 1 || interleave > KernelProvider.MAX_INTERLEAVE)) {
            throw new IllegalArgumentException("--interleave must be 1 to " + KernelProvider.MAX_INTERLEAVE + ", got "
                    + interleave);
        }
        if (vectorBits != null) {
            if (vectorBits != 128 && vectorBits != 256 && vectorBits != 512) {
                throw new IllegalArgumentException("--vector-bits must be 128, 256 or 512, got " + vectorBits);
            }
            VectorWidth.request(vectorBits);
            if (kernel != KernelChoice.SCALAR && !KernelProvider.vectorUsable()) {
                throw new IllegalArgumentException("--vector-bits " + vectorBits + ": " + KernelProvider.vectorRefusal());
            }
        }
        return new EngineSettings(kernel, precision, schedule, t, f, interleave == null ? 0 : interleave);
    }
}
