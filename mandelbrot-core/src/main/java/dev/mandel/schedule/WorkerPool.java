package dev.mandel.schedule;

import java.util.BitSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;

/**
 * A dedicated {@link ForkJoinPool} whose threads carry small dense worker ids ({@code 0 ..
 * parallelism-1}), so a task trace can say "worker 1 ran rows 40..59" and a viewer can give each
 * worker a lane and a colour.
 *
 * <p>Why not the common pool: on a 2-core machine its parallelism is 1, and it is shared with
 * whatever else the JVM does. Pools are owned by a renderer, reused across frames, and closed.
 */
public final class WorkerPool implements AutoCloseable {

    private static final long KEEP_ALIVE_MINUTES = 30;

    private final ForkJoinPool pool;
    private final int parallelism;
    /** Ids currently held by live workers; a replacement thread takes the lowest free one. */
    private final BitSet idsInUse = new BitSet();

    public WorkerPool(int parallelism) {
        if (parallelism < 1 || parallelism > 1024) {
            throw new IllegalArgumentException("threads must be between 1 and 1024, got " + parallelism);
        }
        this.parallelism = parallelism;
        // Exactly `parallelism` threads, always the same ones: no spare threads (a worker blocked
        // in join() would otherwise get a stand-in with a new id, and a trace would show more
        // workers than asked for), and a long keep-alive so idle workers do not come back under
        // new ids between frames. `saturate` says "run without a spare" instead of throwing.
        this.pool = new ForkJoinPool(parallelism, Worker::new, null, false,
                parallelism, parallelism, 1, pool -> true, KEEP_ALIVE_MINUTES, TimeUnit.MINUTES);
    }

    public int parallelism() {
        return parallelism;
    }

    public ForkJoinPool forkJoinPool() {
        return pool;
    }

    /** The dense id of the calling worker thread, or 0 when called from outside the pool. */
    public static int currentWorkerId() {
        return Thread.currentThread() instanceof Worker w ? w.workerId : 0;
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
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

    /** A worker thread that holds one id for its lifetime. */
    private final class Worker extends ForkJoinWorkerThread {
        private int workerId;

        Worker(ForkJoinPool owner) {
            super(owner);
            setDaemon(true);
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
}
