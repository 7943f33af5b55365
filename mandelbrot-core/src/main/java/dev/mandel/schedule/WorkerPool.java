package dev.mandel.schedule;

import java.util.BitSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
    /** Bumped once per frame handed to the pool: spinning workers stop spinning when it moves. */
    private final AtomicLong arrivals = new AtomicLong();
    /** Spin tasks queued or running; at most {@code parallelism} are ever outstanding. */
    private final AtomicInteger spinners = new AtomicInteger();
    /** Spin tasks running now: workers known to be awake. */
    private final AtomicInteger spinning = new AtomicInteger();
    /** {@link System#nanoTime()} until which spinning workers keep spinning. */
    private volatile long spinUntil;

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

    /**
     * Keeps every worker awake for up to {@code nanos}: each spins (busy-waits) until then or
     * until {@link #workArriving()} announces work, whichever comes first, and then takes that
     * work at once. Returns immediately; calling it again extends the deadline.
     *
     * <p>Why: a worker that finds no work parks, and unparking it costs milliseconds on a
     * virtual machine (measured 3-17 ms late in a 27 ms frame), so a small frame rendered right after
     * the previous one, or right after the user pressed a button, would spend a large share of its
     * time waiting for its workers. Called after a frame and on user input, this trades a few
     * hundred milliseconds of spinning for frames that start on every worker at once; an idle
     * viewer still parks its workers and costs nothing.
     */
    public void keepAwake(long nanos) {
        if (nanos <= 0 || pool.isShutdown()) {
            return;
        }
        long until = System.nanoTime() + nanos;
        if (until - spinUntil > 0) {
            spinUntil = until;
        }
        long seen = arrivals.get();
        while (true) {
            int n = spinners.get();
            if (n >= parallelism) {
                return;
            }
            if (spinners.compareAndSet(n, n + 1)) {
                // As an outside submission even from a worker: a spinner queued in a worker's own
                // deque would look like pending work to the other spinners and stop them.
                pool.externalSubmit(ForkJoinTask.adapt(() -> spin(seen)));
            }
        }
    }

    /** Announces work about to be submitted: spinning workers return to take it. Once per frame. */
    public void workArriving() {
        arrivals.incrementAndGet();
    }

    /**
     * {@link #keepAwake} and wait (up to {@code timeoutNanos}) until every worker is spinning, so
     * that work submitted next starts on all of them at once; returns whether they all woke.
     * For measurements that should time the work, not the operating system's wake-ups.
     */
    public boolean wake(long spinNanos, long timeoutNanos) {
        keepAwake(spinNanos);
        long deadline = System.nanoTime() + timeoutNanos;
        while (spinning.get() < parallelism) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }

    /** Spin tasks queued or running now (for tests). */
    public int spinners() {
        return spinners.get();
    }

    /** How many workers spin now (for tests). */
    public int spinning() {
        return spinning.get();
    }

    private void spin(long seen) {
        spinning.incrementAndGet();
        try {
            // Also stop for work forked inside the pool (a frame's subtasks): a spinner must never
            // sit on a worker while tasks wait in a queue.
            for (int i = 0; arrivals.get() == seen && System.nanoTime() - spinUntil < 0 && !pool.isShutdown(); i++) {
                if ((i & 31) == 31 && pool.getQueuedTaskCount() > 0) {
                    return;
                }
                Thread.onSpinWait();
            }
        } finally {
            spinning.decrementAndGet();
            spinners.decrementAndGet();
        }
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
