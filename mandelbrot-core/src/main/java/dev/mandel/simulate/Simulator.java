package dev.mandel.simulate;

import dev.mandel.schedule.RowPartition;
import dev.mandel.schedule.Schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The load-imbalance model: a frame's measured per-row costs replayed on {@code N} virtual workers.
 *
 * <p>The model, stated once so its limits are plain:
 * <ul>
 *   <li>A row costs exactly what was measured for it, whoever runs it and whenever: no memory
 *       bandwidth or cache effects, no SMT sibling slowing a worker down, no JIT warm-up, no
 *       clock changes with the number of busy cores.</li>
 *   <li>Handing out a task is free: no thread wake-up, no steal latency, no queue contention.</li>
 *   <li>{@link Policy#STATIC}: rows cut as the renderer cuts them ({@link RowPartition#contiguous},
 *       one band per worker, sizes differing by at most one row); every worker starts at 0.</li>
 *   <li>{@link Policy#CYCLIC}: worker {@code w} runs rows {@code w, w+N, w+2N, ...} back to back.</li>
 *   <li>{@link Policy#STEALING}: {@code min(F x N, rows)} contiguous chunks, exactly as
 *       {@link Schedule#FORKJOIN} cuts them. Greedy list scheduling: whenever a worker is free
 *       (earliest free time first, lower id on ties) it takes the next chunk in row order. The real
 *       ForkJoin pool splits the chunk range by recursive halving and steals the largest pending
 *       half, so its order differs; any greedy order keeps the same guarantee (makespan at most
 *       mean load + the largest chunk), which is what over-partitioning buys.</li>
 * </ul>
 * Everything here is pure and deterministic: the same costs give the same result, bit for bit.
 * Cost is {@code O(tasks log N)} per replay, microseconds for a 960-row frame.
 */
public final class Simulator {

    /** Most virtual workers a replay accepts: far beyond any machine, small enough to stay cheap. */
    public static final int MAX_WORKERS = 1 << 16;

    private Simulator() {
    }

    /** Replays {@code costs} under {@code policy}; {@code factor} is used by {@link Policy#STEALING} only. */
    public static SimResult run(RowCosts costs, Policy policy, int workers, int factor) {
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new IllegalArgumentException("workers must be between 1 and " + MAX_WORKERS + ", got " + workers);
        }
        if (factor < 1) {
            throw new IllegalArgumentException("partition factor must be at least 1, got " + factor);
        }
        return switch (policy) {
            case STATIC -> staticBands(costs, workers);
            case CYCLIC -> cyclic(costs, workers);
            case STEALING -> stealing(costs, workers, factor);
        };
    }

    /** The model of a real render request's schedule on {@code threads} workers. */
    public static SimResult run(RowCosts costs, Schedule schedule, int threads, int factor) {
        int workers = schedule.workers(threads);
        return run(costs, Policy.of(schedule), workers, schedule == Schedule.FORKJOIN ? factor : 1);
    }

    private static SimResult staticBands(RowCosts costs, int workers) {
        int tasks = Schedule.STATIC.taskCount(costs.rows(), workers, 1);
        RowPartition bands = RowPartition.contiguous(0, costs.rows(), tasks);
        double[] busy = new double[workers];
        List<SimTask> timeline = new ArrayList<>(tasks);
        double makespan = 0;
        for (int t = 0; t < tasks; t++) {
            busy[t] = costs.sum(bands.start(t), bands.end(t));
            timeline.add(new SimTask(bands.start(t), bands.end(t), t, 0, busy[t]));
            makespan = Math.max(makespan, busy[t]);
        }
        return new SimResult(Policy.STATIC, workers, 1, makespan, costs.total(), busy, List.copyOf(timeline));
    }

    private static SimResult cyclic(RowCosts costs, int workers) {
        double[] busy = new double[workers];
        List<SimTask> timeline = new ArrayList<>(costs.rows());
        for (int r = 0; r < costs.rows(); r++) {
            int w = r % workers;
            double start = busy[w];
            busy[w] += costs.cost(r);
            timeline.add(new SimTask(r, r + 1, w, start, busy[w]));
        }
        double makespan = 0;
        for (double b : busy) {
            makespan = Math.max(makespan, b);
        }
        return new SimResult(Policy.CYCLIC, workers, 1, makespan, costs.total(), busy, List.copyOf(timeline));
    }

    private static SimResult stealing(RowCosts costs, int workers, int factor) {
        int tasks = Schedule.FORKJOIN.taskCount(costs.rows(), workers, factor);
        RowPartition chunks = RowPartition.contiguous(0, costs.rows(), tasks);
        double[] freeAt = new double[workers];
        // Event loop: the worker that is free first takes the next chunk; ties go to the lower id.
        PriorityQueue<Integer> free = new PriorityQueue<>(workers, (a, b) -> {
            int byTime = Double.compare(freeAt[a], freeAt[b]);
            return byTime != 0 ? byTime : Integer.compare(a, b);
        });
        for (int w = 0; w < workers; w++) {
            free.add(w);
        }
        double[] busy = new double[workers];
        List<SimTask> timeline = new ArrayList<>(tasks);
        double makespan = 0;
        for (int t = 0; t < tasks; t++) {
            int w = free.poll();
            double cost = costs.sum(chunks.start(t), chunks.end(t));
            double start = freeAt[w];
            freeAt[w] = start + cost;
            busy[w] += cost;
            makespan = Math.max(makespan, freeAt[w]);
            timeline.add(new SimTask(chunks.start(t), chunks.end(t), w, start, freeAt[w]));
            free.add(w);
        }
        return new SimResult(Policy.STEALING, workers, factor, makespan, costs.total(), busy, List.copyOf(timeline));
    }
}
