package dev.mandel.schedule;

import java.util.concurrent.RecursiveAction;

/**
 * Runs tasks {@code [lo, hi)} by recursive halving, in the manner of the JDK's own parallel
 * helpers: fork the upper half, run the lower half here, join. A worker that runs dry steals the
 * oldest (largest) forked half from another worker's deque and splits it again, so the chunks
 * spread over the workers without any shared counter.
 */
public final class SplitTask extends RecursiveAction {

    private static final long serialVersionUID = 1L;

    private final int lo;
    private final int hi;
    private final transient RowTaskBody body;
    /** Forked halves waiting to be joined, newest first. */
    private transient SplitTask next;

    public SplitTask(int lo, int hi, RowTaskBody body) {
        this.lo = lo;
        this.hi = hi;
        this.body = body;
    }

    @Override
    protected void compute() {
        int from = lo;
        int to = hi;
        SplitTask pending = null;
        // Halve iteratively and keep the lower half, so a deep split costs no deep recursion.
        while (to - from > 1) {
            int mid = (from + to) >>> 1;
            SplitTask upper = new SplitTask(mid, to, body);
            upper.fork();
            upper.next = pending;
            pending = upper;
            to = mid;
        }
        body.run(from);
        for (SplitTask t = pending; t != null; t = t.next) {
            t.join();
        }
    }
}
