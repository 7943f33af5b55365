package dev.mandel.bench.jmh;

import dev.mandel.bench.ScheduleSpec;
import dev.mandel.bench.Threads;
import dev.mandel.bench.Workload;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The upper rungs of the ladder: the vector kernel on every core, rows cut into one static band per
 * worker ({@code static}), into {@code factor x threads} work-stealing chunks ({@code fjN}), or into
 * one task per row ({@code row}).
 *
 * <p>Pitfall: a symmetric workload flatters the static split. {@code mojo} is symmetric about the
 * real axis, so on 2 cores its two static bands cost the same and static looks as good as
 * over-partitioning; {@code classroom} puts nearly all the cost in the lower rows, and there the
 * static split leaves one worker idle for most of the frame. Always measure both.
 *
 * <p>Pitfall: pool start-up inside the measurement. The renderer (and its ForkJoin pool) is built
 * once per trial, so thread creation and the first steals' warm-up are not timed per frame.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Djdk.incubator.vector.quiet=true", "-Xmx3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PartitionLadderBenchmark {

    @Param({"mojo", "mojo4096", "classroom"})
    public String workload;

    @Param({"static", "fj1", "fj2", "fj4", "fj8", "fj16", "fj32", "row"})
    public String schedule;

    /** Worker threads; 0 means one per core. */
    @Param({"0"})
    public int threads;

    private RenderRequest request;
    private Renderer renderer;

    @Setup(Level.Trial)
    public void setUp() {
        Workload w = Workload.parse(workload);
        int workers = Threads.resolve(threads);
        ScheduleSpec spec = ScheduleSpec.parse(schedule, w.view().height(), workers);
        request = spec.apply(RenderRequest.of(w.view(), w.maxIter()));
        renderer = new Renderer(KernelProvider.vector(KernelProvider.defaultInterleave()), workers);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        renderer.close();
    }

    @Benchmark
    public Frame render(EscapeIterations counter) {
        Frame frame = renderer.render(request);
        counter.escapeIterations += frame.totalIterations();
        return frame;
    }
}
