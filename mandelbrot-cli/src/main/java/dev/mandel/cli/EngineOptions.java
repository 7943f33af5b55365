package dev.mandel.cli;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.kernel.FloatScalarKernel;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.kernel.Precision;
import dev.mandel.kernel.PrecisionKernels;
import dev.mandel.kernel.PrecisionRule;
import dev.mandel.poster.StripPlan;
import dev.mandel.render.RenderRequest;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Viewport;
import picocli.CommandLine.Option;

/** How to compute: kernel, precision, schedule, threads, partition factor and poster strip height. */
final class EngineOptions {

    @Option(names = "--kernel", defaultValue = "auto", paramLabel = "auto|scalar|vector",
            description = "Escape kernel (default ${DEFAULT-VALUE}: vector when the Vector API is available).")
    String kernel;

    @Option(names = "--precision", defaultValue = "double", paramLabel = "float|double|auto",
            description = "Number type of the loop (default ${DEFAULT-VALUE}: exact and reproducible). float runs"
                    + " twice the lanes per vector; auto takes float only where it resolves the view (pixel step >= "
                    + "4096 float ulps, max-iter <= 1000), double beyond.")
    String precision;

    @Option(names = "--schedule", defaultValue = "forkjoin", paramLabel = "sequential|static|forkjoin",
            description = "How rows are cut into tasks (default ${DEFAULT-VALUE}).")
    String schedule;

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

    /** The checked settings. */
    record Choice(KernelProvider.Choice kernel, Precision precision, Schedule schedule, int threads,
                  int partitionFactor, Integer stripRows, boolean warmup) {

        /**
         * The kernel for this view: {@code auto} is decided once for the whole view (every strip of a
         * poster then runs the same number type), and an explicit float is refused past its range.
         */
        EscapeKernel kernelFor(Viewport view, int maxIter) {
            Precision p = PrecisionRule.resolve(precision, view, maxIter);
            if (p == Precision.FLOAT && maxIter > FloatScalarKernel.MAX_ITER) {
                throw new IllegalArgumentException("--precision float counts at most " + FloatScalarKernel.MAX_ITER
                        + " iterations, got --max-iter " + maxIter + " (use double or auto)");
            }
            return PrecisionKernels.forChoice(kernel, p);
        }
    }

    Choice resolve() {
        KernelProvider.Choice k = Args.kernel(kernel);
        Precision p = Precision.parse(precision);
        Schedule s = Schedule.parse(schedule);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : Args.threads(threads);
        int f = Args.partitionFactor(partitionFactor);
        if (stripRows != null && stripRows < 1) {
            throw new IllegalArgumentException("--strip-rows must be at least 1, got " + stripRows);
        }
        return new Choice(k, p, s, t, f, stripRows, warmup);
    }
}
