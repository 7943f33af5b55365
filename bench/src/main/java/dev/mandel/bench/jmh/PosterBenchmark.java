package dev.mandel.bench.jmh;

import dev.mandel.kernel.KernelProvider;
import dev.mandel.poster.PosterProgress;
import dev.mandel.poster.PosterResult;
import dev.mandel.poster.PosterSpec;
import dev.mandel.poster.StripPipeline;
import dev.mandel.poster.StripPlan;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Preset;
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

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * A poster through the strip pipeline: the full set at 4096x4096 (64 MiB of counts, so it renders
 * in strips), rows handed to a sink that keeps nothing, on 1 and 2 threads.
 *
 * <p>Pitfall: barriers between strips. If strip {@code k+1} started only once strip {@code k} was
 * done, every strip would end with workers idling while the last chunk ran, and two threads would
 * gain far less than 2x over one on a view that a single frame scales on. The ratio of the two
 * {@code threads} scores inside one run is the figure to read; the sink is empty so that a PNG
 * encoder competing for the same cores does not enter it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PosterBenchmark {

    @Param({"4096"})
    public int size;

    @Param({"1", "2"})
    public int threads;

    @Param({"forkjoin"})
    public String schedule;

    private PosterSpec spec;
    private StripPlan plan;
    private Renderer renderer;

    @Setup(Level.Trial)
    public void setUp() {
        spec = new PosterSpec(Preset.FULL.view(size, size), Preset.FULL.maxIter(), Schedule.parse(schedule), 16, false);
        plan = StripPlan.of(spec, null);
        renderer = new Renderer(KernelProvider.vector(KernelProvider.defaultInterleave()), threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        renderer.close();
    }

    @Benchmark
    public long[] poster(EscapeIterations counter) throws IOException {
        PosterResult result = new StripPipeline(renderer, PosterProgress.NONE).run(spec, plan, (strip, from, to) -> { });
        counter.escapeIterations += result.iterations();
        return result.rowTotals();
    }
}
