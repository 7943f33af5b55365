package dev.mandel.schedule;

import java.io.Serial;
import java.util.concurrent.CountedCompleter;

/**
 * Many more chunks than workers, balanced by work stealing: the chunk range is halved
 * recursively, each upper half forked, the lower half kept. A worker that runs dry steals the
 * oldest (largest) forked half from another worker's deque and splits it again, so the chunks
 * spread over the workers without any shared counter.
 *
 * <p>As in the JDK's own parallel helpers, nobody waits: each split task is a
 * {@link CountedCompleter} whose pending count is the halves it forked; the last of them to finish
 * completes it, completions climb to the root, and the root's completion reports the frame done.
 * So a worker never blocks in {@code join()}, and frames sharing the pool never wait on each other.
 * The tasks' own completion counting orders every chunk's writes before the root's completion.
 */
final class OverPartitioned extends CountedCompleter<Void> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int lo;
    private final int hi;
    private final transient PartitionWork work;
    /** The first chunk failure, kept by the root only; reported once every chunk is over. */
    private transient Throwable failure;

    private OverPartitioned(OverPartitioned parent, int lo, int hi, PartitionWork work) {
        super(parent);
        this.lo = lo;
        this.hi = hi;
        this.work = work;
    }

    static void start(WorkerPool pool, int tasks, PartitionWork work) {
        pool.execute(new OverPartitioned(null, 0, tasks, work));
    }

    @Override
    public void compute() {
        int from = lo;
        int to = hi;
        // Halve iteratively and keep the lower half, so a deep split costs no deep recursion.
        while (to - from > 1) {
            int mid = (from + to) >>> 1;
            addToPendingCount(1);
            new OverPartitioned(this, mid, to, work).fork();
            to = mid;
        }
        try {
            work.runTask(from);
        } catch (Throwable e) {
            // Kept, not thrown: the other chunks still finish, and the frame ends exactly once.
            ((OverPartitioned) getRoot()).keepFirst(e);
        }
        tryComplete();
    }

    private synchronized void keepFirst(Throwable e) {
        if (failure == null) {
            failure = e;
        }
    }

    @Override
    public void onCompletion(CountedCompleter<?> caller) {
        if (getCompleter() == null) {
            Throwable first;
            synchronized (this) {
                first = failure;
            }
            work.finished(first);
        }
    }
}
