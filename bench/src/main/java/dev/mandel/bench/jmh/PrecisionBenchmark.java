package dev.mandel.bench.jmh;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.bench.Workload;
import dev.mandel.kernel.EscapeKernel;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.kernel.PrecisionKernels;
import dev.mandel.kernel.PrecisionRule;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.kernel.FloatScalarKernel;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import org.openjdk.jmh.annotations.Param;

/**
 * Single against double precision on one core: the float vector kernel (16 lanes with AVX-512)
 * against the double one (8 lanes), and the two scalar twins, on workloads where the auto rule
 * takes float. Quote the ratio of {@code vector-float} to {@code vector-double} from one run: both
 * are in the same JMH invocation, on the same machine and load.
 *
 * <p>Pitfall: comparing work that differs. Float and double orbits may escape at different steps on
 * a few boundary pixels, so frames/s is not exactly iterations/s; the {@code escapeIterations}
 * counter reports both kernels' actual work (they agree within a fraction of a percent where the
 * rule takes float). A workload where the rule would refuse float is refused here too.
 *
 * <p>Pitfall: profile pollution, as in {@link KernelLadderBenchmark}: one fork per parameter set.
 */
public class PrecisionBenchmark extends OneFrameBenchmark {

    @Param({"mojo", "classroom"})
    public String workload;

    @Param({"vector-double", "vector-float", "scalar-double", "scalar-float"})
    public String kernel;

    @Override
    protected RenderRequest request() {
        Workload w = Workload.parse(workload);
        if (!PrecisionRule.floatResolves(w.view(), w.maxIter())) {
            throw new IllegalArgumentException("the auto rule refuses float for workload " + workload);
        }
        return RenderRequest.of(w.view(), w.maxIter()).withSchedule(Schedule.SEQUENTIAL, 1);
    }

    @Override
    protected Renderer renderer() {
        return new Renderer(kernelFor(kernel), 1);
    }

    static EscapeKernel kernelFor(String id) {
        return switch (id) {
            case "vector-double" -> KernelProvider.forChoice(KernelChoice.VECTOR);
            case "vector-float" -> PrecisionKernels.floatKernel(KernelChoice.VECTOR);
            case "scalar-double" -> new ScalarKernel();
            case "scalar-float" -> new FloatScalarKernel();
            default -> throw new IllegalArgumentException("unknown kernel '" + id
                    + "' (allowed: vector-double, vector-float, scalar-double, scalar-float)");
        };
    }
}
