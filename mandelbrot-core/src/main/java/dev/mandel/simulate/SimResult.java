package dev.mandel.simulate;

import dev.mandel.render.LoadBalance;

import java.util.List;

/**
 * A schedule replayed on {@code workers} virtual workers: when it ends and how well it used them.
 * Times are in the unit of the costs ({@link RowCosts.Unit}); ratios are unit-free.
 *
 * @param factor   the partition factor (1 for static and cyclic)
 * @param total    all the work: the makespan of one worker
 * @param busy     work done by each worker, index = worker id
 * @param timeline every task in the order it was handed out
 */
public record SimResult(Policy policy, int workers, int factor, double makespan, double total,
                        double[] busy, List<SimTask> timeline) {

    /** Number of tasks the rows were cut into. */
    public int tasks() {
        return timeline.size();
    }

    /** One worker's time over this schedule's time. */
    public double speedup() {
        return makespan == 0 ? 1.0 : total / makespan;
    }

    /** Speedup per worker: 1.0 when no worker ever waits. */
    public double efficiency() {
        return speedup() / workers;
    }

    /** Share of the workers' time (N x makespan) spent waiting for the slowest one. */
    public double idleShare() {
        return makespan == 0 ? 0.0 : 1.0 - total / (workers * makespan);
    }

    /** {@link LoadBalance} of the simulated workers' work. */
    public double loadBalance() {
        return LoadBalance.of(busy, workers);
    }
}
