package dev.mandel.schedule;

import java.util.concurrent.ForkJoinTask;

/**
 * The single-core baseline: one pool task runs every chunk in order, so one worker does
 * everything and the others stay parked.
 */
final class SequentialRun {

    private SequentialRun() {
    }

    static void start(WorkerPool pool, int tasks, PartitionWork work) {
        pool.execute(ForkJoinTask.adapt(() -> {
            Throwable failure = null;
            try {
                for (int t = 0; t < tasks; t++) {
                    work.runTask(t);
                }
            } catch (Throwable e) {
                failure = e;
            }
            work.finished(failure);
        }));
    }
}
