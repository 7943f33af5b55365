package dev.mandel.bench.jmh;

import dev.mandel.bench.ScheduleSpec;
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
 * Thread scaling from 1 to twice the cores, static bands against over-partitioned work stealing.
 * {@code bench/run} passes {@code -p threads=1..2N} for the machine's N cores; the defaults suit 2.
 *
 * <p>Pitfall: oversubscription hides in static splits. With more threads than cores, static bands
 * are time-sliced by the OS, and a band that started late finishes late: the frame waits for the
 * unluckiest band. Work stealing keeps every core busy whatever the thread count, so past the core
 * count its line should stay flat, not fall. A scaling curve that stops at the core count never shows it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Djdk.incubator.vector.quiet=true", "-Xmx3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ThreadScalingBenchmark {

    @Param({"mojo"})
    public String workload;

    @Param({"static", "fj16"})
    public String schedule;

    @Param({"1", "2", "3", "4"})
    public int threads;

    private RenderRequest request;
    private Renderer renderer;

    @Setup(Level.Trial)
    public void setUp() {
        Workload w = Workload.parse(workload);
        ScheduleSpec spec = ScheduleSpec.parse(schedule, w.view().height(), threads);
        request = spec.apply(RenderRequest.of(w.view(), w.maxIter()));
        renderer = new Renderer(KernelProvider.vector(KernelProvider.defaultInterleave()), threads);
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
