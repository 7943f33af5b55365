package dev.mandel.bench.jmh;

import dev.mandel.bench.Workload;
import dev.mandel.kernel.EscapeKernel;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
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
 * The first rungs of the ladder: what SIMD buys on one core. Every frame is rendered sequentially
 * (one task, one worker) with the scalar kernel or the Vector API kernel stepping 1, 2 or 4
 * independent vectors per loop iteration.
 *
 * <p>Pitfall: profile pollution. All interleaves run through the same {@code row} method; in one
 * JVM the JIT would compile it for whichever interleave warmed up first, and later rungs would be
 * measured on code shaped for another. JMH forks a fresh JVM per parameter combination, so keep
 * {@code @Fork >= 1}: with {@code -f 0} this ladder lies.
 *
 * <p>Pitfall: constant folding and dead code. The request comes from a non-final {@code @State}
 * field and the frame is returned (JMH sinks it into a Blackhole), so the JIT can neither treat the
 * view as a constant nor drop the render.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Djdk.incubator.vector.quiet=true", "-Xmx3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class KernelLadderBenchmark {

    @Param({"mojo", "mojo4096", "classroom"})
    public String workload;

    /** {@code scalar}, or {@code vectorN} for the vector kernel with interleave N (1, 2 or 4). */
    @Param({"scalar", "vector1", "vector2", "vector4"})
    public String kernel;

    private RenderRequest request;
    private Renderer renderer;

    @Setup(Level.Trial)
    public void setUp() {
        Workload w = Workload.parse(workload);
        request = RenderRequest.of(w.view(), w.maxIter()).withSchedule(Schedule.SEQUENTIAL, 1);
        renderer = new Renderer(kernelFor(kernel), 1);
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

    static EscapeKernel kernelFor(String id) {
        if (id.equals("scalar")) {
            return new ScalarKernel();
        }
        if (id.startsWith("vector")) {
            return KernelProvider.vector(Integer.parseInt(id.substring("vector".length())));
        }
        throw new IllegalArgumentException("unknown kernel '" + id + "' (allowed: scalar, vector1, vector2, vector4)");
    }
}
