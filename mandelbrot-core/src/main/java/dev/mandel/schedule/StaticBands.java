package dev.mandel.schedule;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The classic static split: band {@code k} runs on worker {@code k}'s own lane
 * ({@link WorkerPool#runOnLane}), so each worker computes exactly its band whatever the timing.
 *
 * <p>Why lanes and not the stealing pool: a work-stealing pool lets whichever worker is awake take
 * the next band, and a worker that finishes a cheap band takes the next one before a parked worker
 * has woken (milliseconds on a virtual machine), so "static" bands would run one after another on
 * one worker. A lane runs only what was sent to it, so nothing has to be handed back or waited for,
 * and static frames mixed with other frames on one pool cannot starve one another.
 */
final class StaticBands {

    private StaticBands() {
    }

    static void start(WorkerPool pool, int bands, PartitionWork work) {
        if (bands > pool.parallelism()) {
            throw new IllegalArgumentException(bands + " static bands need as many workers, the pool has "
                    + pool.parallelism());
        }
        AtomicInteger running = new AtomicInteger(bands);
        Throwable[] firstFailure = new Throwable[1];
        for (int k = 0; k < bands; k++) {
            int band = k;
            pool.runOnLane(band, () -> {
                try {
                    work.runTask(band);
                } catch (Throwable e) {
                    synchronized (firstFailure) {
                        if (firstFailure[0] == null) {
                            firstFailure[0] = e;
                        }
                    }
                }
                // The decrement orders every band's writes before the last band's call to finished.
                if (running.decrementAndGet() == 0) {
                    work.finished(firstFailure[0]);
                }
            });
        }
    }
}
