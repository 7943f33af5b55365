package dev.mandel.bench.jmh;

import dev.mandel.bench.Workload;
import dev.mandel.kernel.EscapeKernel;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import org.openjdk.jmh.annotations.Param;


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
public class KernelLadderBenchmark extends OneFrameBenchmark {

    @Param({"mojo", "mojo4096", "classroom"})
    public String workload;

    /** {@code scalar}, or {@code vectorN} for the vector kernel with interleave N (1, 2 or 4). */
    @Param({"scalar", "vector1", "vector2", "vector4"})
    public String kernel;

    @Override
    protected RenderRequest request() {
        Workload w = Workload.parse(workload);
        return RenderRequest.of(w.view(), w.maxIter()).withSchedule(Schedule.SEQUENTIAL, 1);
    }

    @Override
    protected Renderer renderer() {
        return new Renderer(kernelFor(kernel), 1);
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
