package dev.mandel.bench.jmh;

import dev.mandel.bench.ScheduleSpec;
import dev.mandel.bench.Workload;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import org.openjdk.jmh.annotations.Param;


/**
 * Thread scaling from 1 to twice the cores, static bands against over-partitioned work stealing.
 * {@code bench/run} passes {@code -p threads=1..2N} for the machine's N cores; the defaults suit 2.
 *
 * <p>Pitfall: oversubscription hides in static splits. With more threads than cores, static bands
 * are time-sliced by the OS, and a band that started late finishes late: the frame waits for the
 * unluckiest band. Work stealing keeps every core busy whatever the thread count, so past the core
 * count its line should stay flat, not fall. A scaling curve that stops at the core count never shows it.
 */
public class ThreadScalingBenchmark extends OneFrameBenchmark {

    @Param({"mojo"})
    public String workload;

    @Param({"static", "fj16"})
    public String schedule;

    @Param({"1", "2", "3", "4"})
    public int threads;

    @Override
    protected RenderRequest request() {
        Workload w = Workload.parse(workload);
        return ScheduleSpec.parse(schedule, w.view().height(), threads).apply(RenderRequest.of(w.view(), w.maxIter()));
    }

    @Override
    protected Renderer renderer() {
        return new Renderer(KernelProvider.vector(KernelProvider.defaultInterleave()), threads);
    }
}
