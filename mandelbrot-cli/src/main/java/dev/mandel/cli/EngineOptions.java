package dev.mandel.cli;

import dev.mandel.kernel.KernelProvider;
import dev.mandel.poster.StripPlan;
import dev.mandel.render.RenderRequest;
import dev.mandel.schedule.Schedule;
import picocli.CommandLine.Option;

/** How to compute: kernel, schedule, threads, partition factor and poster strip height. */
final class EngineOptions {

    @Option(names = "--kernel", defaultValue = "auto", paramLabel = "auto|scalar|vector",
            description = "Escape kernel (default ${DEFAULT-VALUE}: vector when the Vector API is available).")
    String kernel;

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
    record Choice(KernelProvider.Choice kernel, Schedule schedule, int threads, int partitionFactor,
                  Integer stripRows, boolean warmup) {
    }

    Choice resolve() {
        KernelProvider.Choice k = Args.kernel(kernel);
        Schedule s = Schedule.parse(schedule);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : Args.threads(threads);
        int f = Args.partitionFactor(partitionFactor);
        if (stripRows != null && stripRows < 1) {
            throw new IllegalArgumentException("--strip-rows must be at least 1, got " + stripRows);
        }
        return new Choice(k, s, t, f, stripRows, warmup);
    }
}
