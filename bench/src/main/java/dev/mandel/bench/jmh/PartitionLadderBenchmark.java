package dev.mandel.bench.jmh;

import dev.mandel.bench.ScheduleSpec;
import dev.mandel.bench.Threads;
import dev.mandel.bench.Workload;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import org.openjdk.jmh.annotations.Param;


/**
 * The upper rungs of the ladder: the vector kernel on every core, rows cut into one static band per
 * worker ({@code static}), into {@code factor x threads} work-stealing chunks ({@code fjN}), or into
 * one task per row ({@code row}).
 *
 * <p>Pitfall: a symmetric workload flatters the static split. {@code mojo} is symmetric about the
 * real axis, so on 2 cores its two static bands cost the same and static looks as good as
 * over-partitioning; {@code classroom} puts nearly all the cost in the lower rows, and there the
 * static split leaves one worker idle for most of the frame. Always measure both.
 *
 * <p>Pitfall: pool start-up inside the measurement. The renderer (and its ForkJoin pool) is built
 * once per trial, so thread creation and the first steals' warm-up are not timed per frame.
 */
public class PartitionLadderBenchmark extends OneFrameBenchmark {

    @Param({"mojo", "mojo4096", "classroom"})
    public String workload;

    @Param({"static", "fj1", "fj2", "fj4", "fj8", "fj16", "fj32", "row"})
    public String schedule;

    /** Worker threads; 0 means one per core. */
    @Param({"0"})
    public int threads;

    @Override
    protected RenderRequest request() {
        Workload w = Workload.parse(workload);
        return ScheduleSpec.parse(schedule, w.view().height(), Threads.resolve(threads))
                .apply(RenderRequest.of(w.view(), w.maxIter()));
    }

    @Override
    protected Renderer renderer() {
        return new Renderer(KernelProvider.vector(KernelProvider.defaultInterleave()), Threads.resolve(threads));
    }
}
