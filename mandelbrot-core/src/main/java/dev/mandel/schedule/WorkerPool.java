package dev.mandel.schedule;

import java.util.BitSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

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
    /** Bumped once per frame handed to the pool: spinning workers stop spinning when it moves. */
    private final AtomicLong arrivals = new AtomicLong();
    /** Spin tasks queued or running on the stealing workers; never more than {@code parallelism}. */
    private final AtomicInteger stealingSpinners = new AtomicInteger();
    /** Whether lane {@code k} has a spin task queued or running. */
    private final AtomicIntegerArray laneSpinner;
    /** Spin tasks running now, on stealing workers and on lanes: workers known to be awake. */
    private final AtomicInteger stealingSpinning = new AtomicInteger();
    private final AtomicInteger laneSpinning = new AtomicInteger();
    /** {@link System#nanoTime()} until which spinning workers keep spinning. */
    private volatile long spinUntil;

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
        this.laneSpinner = new AtomicIntegerArray(parallelism);
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

    /**
     * Keeps the workers awake for up to {@code nanos}: the stealing workers, or with
     * {@code lanes} the lane threads (static bands run there), whichever the next frame will use.
     * Each spins (busy-waits) until then or until {@link #workArriving()} announces work, and then
     * takes that work at once. Returns immediately; calling it again extends the deadline.
     *
     * <p>Why: a worker that finds no work parks, and unparking it costs milliseconds on a virtual
     * machine (workers woke 3-17 ms late in a 27 ms frame), so a small frame rendered right after
     * the previous one, or right after the user pressed a button, would spend a large share of its
     * time waiting for its workers. Called after a frame and on user input, this trades a few
     * hundred milliseconds of spinning for frames that start on every worker at once; an idle
     * viewer still parks its workers. Only one kind spins: both kinds at once would put twice as
     * many busy threads as cores.
     */
    public void keepAwake(long nanos, boolean onLanes) {
        if (nanos <= 0 || stealing.isShutdown()) {
            return;
        }
        long until = System.nanoTime() + nanos;
        if (until - spinUntil > 0) {
            spinUntil = until;
        }
        long seen = arrivals.get();
        if (onLanes) {
            for (int k = 0; k < parallelism; k++) {
                if (laneSpinner.compareAndSet(k, 0, 1)) {
                    int lane = k;
                    lanes[k].execute(() -> spinOnLane(lane, seen));
                }
            }
            return;
        }
        while (true) {
            int n = stealingSpinners.get();
            if (n >= parallelism) {
                return;
            }
            if (stealingSpinners.compareAndSet(n, n + 1)) {
                // As an outside submission even from a worker: a spinner queued in a worker's own
                // deque would look like pending work to the other spinners and stop them.
                stealing.externalSubmit(ForkJoinTask.adapt(() -> spinStealing(seen)));
            }
        }
    }

    /** Announces work about to be submitted: spinning workers return to take it. Once per frame. */
    public void workArriving() {
        arrivals.incrementAndGet();
    }

    /**
     * {@link #keepAwake} and wait (up to {@code timeoutNanos}) until every worker of that kind is
     * spinning, so that work submitted next starts on all of them at once; returns whether they all
     * woke. For measurements that should time the work, not the operating system's wake-ups.
     */
    public boolean wake(long spinNanos, long timeoutNanos, boolean onLanes) {
        keepAwake(spinNanos, onLanes);
        AtomicInteger spinning = onLanes ? laneSpinning : stealingSpinning;
        long deadline = System.nanoTime() + timeoutNanos;
        while (spinning.get() < parallelism) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }

    /** Spin tasks queued or running now, of both kinds (for tests). */
    public int spinners() {
        int n = stealingSpinners.get();
        for (int k = 0; k < parallelism; k++) {
            n += laneSpinner.get(k);
        }
        return n;
    }

    /** Workers spinning now, of both kinds (for tests). */
    public int spinning() {
        return stealingSpinning.get() + laneSpinning.get();
    }

    private boolean keepSpinning(long seen) {
        return arrivals.get() == seen && System.nanoTime() - spinUntil < 0 && !stealing.isShutdown();
    }

    private void spinStealing(long seen) {
        stealingSpinning.incrementAndGet();
        try {
            // Also stop for work forked inside the pool (a frame's subtasks): a spinner must never
            // sit on a worker while tasks wait in a queue.
            for (int i = 0; keepSpinning(seen); i++) {
                if ((i & 31) == 31 && stealing.getQueuedTaskCount() > 0) {
                    return;
                }
                Thread.onSpinWait();
            }
        } finally {
            stealingSpinning.decrementAndGet();
            stealingSpinners.decrementAndGet();
        }
    }

    private void spinOnLane(int lane, long seen) {
        laneSpinning.incrementAndGet();
        try {
            var queue = ((ThreadPoolExecutor) lanes[lane]).getQueue();
            for (int i = 0; keepSpinning(seen); i++) {
                if ((i & 31) == 31 && !queue.isEmpty()) {
                    return;
                }
                Thread.onSpinWait();
            }
        } finally {
            laneSpinning.decrementAndGet();
            laneSpinner.set(lane, 0);
        }
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
