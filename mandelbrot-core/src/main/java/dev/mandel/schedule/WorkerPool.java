package dev.mandel.schedule;

import java.util.BitSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads a renderer owns, with small dense worker ids ({@code 0 .. parallelism-1}) so a task
 * trace can say "worker 1 ran rows 40..59" and a viewer can give each worker a lane and a colour.
 *
 * <p>Two kinds of workers, both numbered {@code 0 .. parallelism-1}:
 * <ul>
 *   <li>a work-stealing {@link ForkJoinPool} of exactly {@code parallelism} threads, for schedules
 *       that let any worker take any chunk ({@link SequentialRun}, {@link OverPartitioned});</li>
 *   <li>one lane per worker id, a thread that runs only what is sent to that lane
 *       ({@link #runOnLane}), for schedules that fix which worker computes what
 *       ({@link StaticBands}). Lane threads start on first use.</li>
 * </ul>
 *
 * <p>Why not the common pool: on a 2-core machine its parallelism is 1, and it is shared with
 * whatever else the JVM does. Pools are owned by a renderer, reused across frames, and closed.
 */
public final class WorkerPool implements AutoCloseable {

    private static final long KEEP_ALIVE_MINUTES = 30;

    private final ForkJoinPool stealing;
    private final ExecutorService[] lanes;
    private final int parallelism;
    /** Ids held by live stealing workers; a replacement thread takes the lowest free one. */
    private final BitSet idsInUse = new BitSet();

    public WorkerPool(int parallelism) {
        if (parallelism < 1 || parallelism > 1024) {
            throw new IllegalArgumentException("threads must be between 1 and 1024, got " + parallelism);
        }
        this.parallelism = parallelism;
        // Exactly `parallelism` threads, always the same ones: no spare threads (a trace would show
        // more workers than asked for), and a long keep-alive so idle workers do not come back under
        // new ids between frames. `saturate` says "run without a spare" instead of throwing.
        this.stealing = new ForkJoinPool(parallelism, StealingWorker::new, null, false,
                parallelism, parallelism, 1, pool -> true, KEEP_ALIVE_MINUTES, TimeUnit.MINUTES);
        this.lanes = new ExecutorService[parallelism];
        for (int k = 0; k < parallelism; k++) {
            int id = k;
            lanes[k] = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                    task -> new LaneWorker(task, id));
        }
    }

    public int parallelism() {
        return parallelism;
    }

    /** Runs {@code task} on the work-stealing workers. */
    public void execute(ForkJoinTask<?> task) {
        stealing.execute(task);
    }

    /** Runs {@code task} on worker {@code id}'s own lane, after whatever was sent there before. */
    public void runOnLane(int id, Runnable task) {
        lanes[id].execute(task);
    }

    /** The dense id of the calling worker thread, or 0 when called from outside the pool. */
    public static int currentWorkerId() {
        return Thread.currentThread() instanceof NumberedWorker w ? w.workerId() : 0;
    }

    @Override
    public void close() {
        stealing.shutdown();
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        try {
            if (!stealing.awaitTermination(10, TimeUnit.SECONDS)) {
                stealing.shutdownNow();
            }
            for (ExecutorService lane : lanes) {
                if (!lane.awaitTermination(10, TimeUnit.SECONDS)) {
                    lane.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            stealing.shutdownNow();
            for (ExecutorService lane : lanes) {
                lane.shutdownNow();
            }
            Thread.currentThread().interrupt();
        }
    }

    private synchronized int acquireId() {
        int id = idsInUse.nextClearBit(0);
        idsInUse.set(id);
        return id;
    }

    private synchronized void releaseId(int id) {
        idsInUse.clear(id);
    }

    private interface NumberedWorker {
        int workerId();
    }

    /** A work-stealing worker that holds one id for its lifetime. */
    private final class StealingWorker extends ForkJoinWorkerThread implements NumberedWorker {
        private int workerId;

        StealingWorker(ForkJoinPool owner) {
            super(owner);
            setDaemon(true);
        }

        @Override
        public int workerId() {
            return workerId;
        }

        @Override
        protected void onStart() {
            super.onStart();
            workerId = acquireId();
            setName("mandelbrot-worker-" + workerId);
        }

        @Override
        protected void onTermination(Throwable exception) {
            releaseId(workerId);
            super.onTermination(exception);
        }
    }

    /** The thread of lane {@code id}. */
    private static final class LaneWorker extends Thread implements NumberedWorker {
        private final int workerId;

        LaneWorker(Runnable loop, int workerId) {
            super(loop, "mandelbrot-lane-" + workerId);
            this.workerId = workerId;
            setDaemon(true);
        }

        @Override
        public int workerId() {
            return workerId;
        }
    }
}
