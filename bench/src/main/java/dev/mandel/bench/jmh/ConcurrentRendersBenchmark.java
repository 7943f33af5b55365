package dev.mandel.bench.jmh;

import dev.mandel.bench.ScheduleSpec;
import dev.mandel.bench.Threads;
import dev.mandel.bench.Workload;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderJob;
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
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * K frames rendered at once, as a tile server or a batch of zoom frames would: each frame with its
 * own {@link Renderer} (K pools of one thread per core each) or all K on one shared renderer. One
 * operation starts the K renders and waits for all of them; frames per second is K x the score, and
 * the {@code escapeIterations} metric is already the sum over the K frames.
 *
 * <p>Pitfall: sharing bugs only show under concurrency. A counter that every row bumps, two frames'
 * hot fields on one cache line, or state kept in a kernel instance cost nothing with one frame in
 * flight. Here, K frames' throughput should match one frame's (the cores were already busy); a drop
 * with K means something is shared that should not be. {@code own} also shows what K x cores threads
 * contending for the cores costs against one pool that queues the K frames' tasks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ConcurrentRendersBenchmark {

    @Param({"mojo"})
    public String workload;

    /** Frames in flight at once. */
    @Param({"1", "2", "4", "8"})
    public int k;

    /** {@code own}: a renderer (pool and kernel) per frame; {@code shared}: one renderer for all K. */
    @Param({"own", "shared"})
    public String pools;

    @Param({"fj16"})
    public String schedule;

    /** Threads per renderer; 0 means one per core. */
    @Param({"0"})
    public int threads;

    private RenderRequest request;
    private Renderer[] renderers;
    private RenderJob[] jobs;

    @Setup(Level.Trial)
    public void setUp() {
        Workload w = Workload.parse(workload);
        int workers = Threads.resolve(threads);
        ScheduleSpec spec = ScheduleSpec.parse(schedule, w.view().height(), workers);
        request = spec.apply(RenderRequest.of(w.view(), w.maxIter()));
        int count = switch (pools) {
            case "own" -> k;
            case "shared" -> 1;
            default -> throw new IllegalArgumentException("pools must be own or shared, got " + pools);
        };
        renderers = new Renderer[count];
        for (int i = 0; i < count; i++) {
            renderers[i] = new Renderer(KernelProvider.vector(KernelProvider.defaultInterleave()), workers);
        }
        jobs = new RenderJob[k];
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        for (Renderer r : renderers) {
            r.close();
        }
    }

    @Benchmark
    public void renderAll(EscapeIterations counter, Blackhole sink) {
        for (int i = 0; i < k; i++) {
            jobs[i] = renderers[i % renderers.length].start(request);
        }
        for (int i = 0; i < k; i++) {
            Frame frame = jobs[i].await();
            counter.escapeIterations += frame.totalIterations();
            sink.consume(frame);
            jobs[i] = null;
        }
    }
}
