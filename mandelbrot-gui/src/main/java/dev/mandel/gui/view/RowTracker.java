package dev.mandel.gui.view;

import dev.mandel.render.RenderJob;
import dev.mandel.render.RowProgress;
import dev.mandel.schedule.RowPartition;

/**
 * Finds the rows of a running job that finished since the last poll. Tasks complete their rows
 * in order, so per task it is enough to remember how many rows were already seen: a poll costs
 * one acquire-load per task, nothing per row, and never touches the workers' cache lines twice.
 */
final class RowTracker {

    /** Receives newly finished rows {@code [first, end)} (rows of the view). */
    @FunctionalInterface
    interface Sink {
        void rows(int first, int end);
    }

    private RenderJob job;
    private int[] seen = new int[0];
    private long rowsSeen;

    void track(RenderJob newJob) {
        job = newJob;
        seen = newJob == null ? new int[0] : new int[newJob.progress().partition().tasks()];
        rowsSeen = 0;
    }

    RenderJob job() {
        return job;
    }

    /** Reports every newly finished run of rows to {@code sink}; returns how many rows that was. */
    int poll(Sink sink) {
        if (job == null) {
            return 0;
        }
        RowProgress progress = job.progress();
        RowPartition partition = progress.partition();
        int added = 0;
        for (int t = 0; t < seen.length; t++) {
            int done = progress.rowsDone(t);
            if (done > seen[t]) {
                int start = partition.start(t);
                sink.rows(start + seen[t], start + done);
                added += done - seen[t];
                seen[t] = done;
            }
        }
        rowsSeen += added;
        return added;
    }

    /** Fraction of the job's rows seen so far. */
    double fraction() {
        return job == null ? 0 : (double) rowsSeen / job.request().rows();
    }
}
