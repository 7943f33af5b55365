package dev.mandel.bench.jmh;

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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * What the ladder and scaling benchmarks share: one frame per operation on a renderer built once per
 * trial. Subclasses say which request and which renderer (their {@code @Param}s); the measured
 * method is inherited, so JMH reports it under each subclass's name (as in JMH's inheritance sample).
 *
 * <p>Pitfall: pool start-up inside the measurement. The renderer and its ForkJoin pool are built
 * in {@code @Setup(Level.Trial)}, so thread creation is never timed per frame. The request is a
 * non-final field and the frame is returned (JMH sinks it), so the JIT can neither fold the view
 * into a constant nor drop the render.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class OneFrameBenchmark {

    private RenderRequest request;
    private Renderer renderer;

    /** The frame to render, from the subclass's parameters. */
    protected abstract RenderRequest request();

    /** The renderer to render it on, from the subclass's parameters. */
    protected abstract Renderer renderer();

    @Setup(Level.Trial)
    public void setUp() {
        request = request();
        renderer = renderer();
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
