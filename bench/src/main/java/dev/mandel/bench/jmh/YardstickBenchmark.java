package dev.mandel.bench.jmh;

import dev.mandel.bench.ScheduleSpec;
import dev.mandel.bench.Workload;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.view.Viewport;
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

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Our renderer against the C yardstick, same frame, same thread count, in one JMH run: the ratio
 * {@code java / c} of escape iterations per second is the figure (issue 10's bar: 0.95 at 1 and 2
 * threads). Both sides compute the same counts: set-up renders the frame with each and refuses to
 * measure when a single pixel differs.
 *
 * <p>Pitfall: comparing unlike work. The C side is exactly our semantics (true FMA, the same pixel
 * doubles, frozen lanes, the check every 8 steps); a C kernel that fused {@code cr - y*y} or
 * exited per step would be measuring something else. Pitfall two: thread start-up. The Java
 * renderer's pool is built once per trial; the C side starts its helper threads per frame (tens
 * of microseconds against a frame of tens of milliseconds), which slightly favours Java.
 *
 * <p>Pitfall three: a shared host. The {@code java} and {@code c} trials run seconds apart, and a
 * neighbour that slows one trial and not the other moves the ratio (one run read C at 6.8 G/s for
 * all eight iterations of its one-thread trial, against 8.4 in the runs just before and after).
 * {@code impl = pair} renders the frame with both in every invocation, alternating which goes first,
 * and times each side ({@link PairTimes}): both share every slow second, and the summary's paired
 * ratio is C's time over ours, per iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx3g",
        "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class YardstickBenchmark {

    /**
     * {@code java}: our vector kernel on our renderer; {@code c}: the AVX-512 C yardstick;
     * {@code pair}: both, frame after frame.
     */
    @Param({"java", "c", "pair"})
    public String impl;

    @Param({"1", "2"})
    public int threads;

    @Param({"mojo"})
    public String workload;

    /** Java's interleave; 0 for the machine's calibrated default. */
    @Param({"0"})
    public int interleave;

    /** Java's schedule (the C side always hands out single rows dynamically). */
    @Param({"fj16"})
    public String schedule;

    private Viewport view;
    private int maxIter;
    private RenderRequest request;
    private Renderer renderer;
    private NativeYardstick yardstick;
    private MemorySegment counts;

    @Setup(Level.Trial)
    public void setUp() {
        Workload w = Workload.parse(workload);
        view = w.view();
        maxIter = w.maxIter();
        request = ScheduleSpec.parse(schedule, view.height(), threads).apply(RenderRequest.of(view, maxIter));
        renderer = new Renderer(interleave == 0 ? KernelProvider.vector(KernelProvider.defaultInterleave())
                : KernelProvider.vector(interleave), threads);
        yardstick = new NativeYardstick();
        counts = yardstick.countsFor(view);
        requireSameCounts();
        if (impl.equals("java")) {
            yardstick.close();
            yardstick = null;
        } else if (impl.equals("c")) {
            renderer.close();
            renderer = null;
        } else if (!impl.equals("pair")) {
            throw new IllegalArgumentException("impl must be java, c or pair, got " + impl);
        }
    }

    private void requireSameCounts() {
        int[] ours = renderer.render(request).counts();
        long sum = yardstick.render(view, maxIter, threads, counts);
        int[] theirs = counts.toArray(ValueLayout.JAVA_INT);
        if (!Arrays.equals(ours, theirs) || sum != Arrays.stream(ours).asLongStream().sum()) {
            throw new IllegalStateException("the C yardstick's counts differ from ours: not the same semantics");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (renderer != null) {
            renderer.close();
        }
        if (yardstick != null) {
            yardstick.close();
        }
    }

    @Benchmark
    public long render(EscapeIterations counter, PairTimes pair) {
        long iterations = switch (impl) {
            case "java" -> ours();
            case "c" -> theirs();
            default -> paired(pair);
        };
        counter.escapeIterations += iterations;
        return iterations;
    }

    private boolean oursFirst;

    /** One frame each, the first side alternating between invocations, each side timed. */
    private long paired(PairTimes pair) {
        oursFirst = !oursFirst;
        long t0 = System.nanoTime();
        long first = oursFirst ? ours() : theirs();
        long t1 = System.nanoTime();
        long second = oursFirst ? theirs() : ours();
        long t2 = System.nanoTime();
        pair.oursNanos += oursFirst ? t1 - t0 : t2 - t1;
        pair.cNanos += oursFirst ? t2 - t1 : t1 - t0;
        return first + second;
    }

    private long ours() {
        Frame frame = renderer.render(request);
        return frame.totalIterations();
    }

    private long theirs() {
        return yardstick.render(view, maxIter, threads, counts);
    }
}
