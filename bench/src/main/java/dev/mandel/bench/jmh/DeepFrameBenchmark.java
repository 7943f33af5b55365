package dev.mandel.bench.jmh;

import dev.mandel.deep.DeepSetup;
import dev.mandel.deep.DeepView;
import dev.mandel.kernel.KernelChoice;
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
 * The pixels of a deep frame (the Flake at 1.8e-157, 50,000 iterations) on the renderer, with the
 * orbit and table prepared once per trial: what a viewer pays per frame once the orbit is reused.
 * {@code threads} 1 against 2 gives the scaling of the over-partitioned deep rows; {@code loop}
 * scalar against vector measures the Vector API loop (docs/deep-zoom.md, section 9).
 *
 * <p>Pitfall: the first frame includes the JIT compiling the delta loop; the warm-up iterations
 * absorb it, and the result is the seconds per frame of compiled code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
public class DeepFrameBenchmark {

    @Param({"320x180"})
    public String size;

    @Param({"1", "2"})
    public int threads;

    /** The pixel loop: scalar, or the Vector API loop whose lanes share the reference index. */
    @Param({"scalar", "vector"})
    public String loop;

    private DeepSetup setup;
    private Renderer renderer;
    private RenderRequest request;

    @Setup(Level.Trial)
    public void setUp() {
        String[] wh = size.split("x");
        DeepView view = DeepView.parse(ReferenceOrbitBenchmark.FLAKE, "1.8e-157",
                Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        setup = DeepSetup.prepare(view, 50_000, null, () -> false,
                KernelChoice.valueOf(loop.toUpperCase(java.util.Locale.ROOT)));
        renderer = new Renderer(setup.kernel(), threads);
        request = RenderRequest.of(setup.gridViewport(), setup.maxIter());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        renderer.close();
    }

    @Benchmark
    public Frame pixels() {
        return renderer.render(request);
    }
}
