package dev.mandel.farm;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * How far a farm job is: tasks finished by each worker, tasks sent again after their worker was
 * lost, and workers lost. Written and read by the coordinating thread only.
 */
public final class FarmProgress {

    private final int tasks;
    private final Map<String, Integer> doneByWorker = new LinkedHashMap<>();
    private int done;
    private int retried;
    private int workersLost;
    private long busyNanos;

    public FarmProgress(int tasks) {
        this.tasks = tasks;
    }

    void workerSeen(FarmWorker worker) {
        doneByWorker.putIfAbsent(worker.address(), 0);
    }

    void taskDone(FarmWorker worker, long renderNanos) {
        doneByWorker.merge(worker.address(), 1, Integer::sum);
        done++;
        busyNanos += renderNanos;
    }

    void taskRetried() {
        retried++;
    }

    void workerLost() {
        workersLost++;
    }

    public int tasks() {
        return tasks;
    }

    public int done() {
        return done;
    }

    public int retried() {
        return retried;
    }

    public int workersLost() {
        return workersLost;
    }

    /** Time the workers spent rendering, summed over tasks (their own clocks). */
    public long busyNanos() {
        return busyNanos;
    }

    /** Tasks finished per worker address, in the order workers were first used. */
    public Map<String, Integer> doneByWorker() {
        return Map.copyOf(doneByWorker);
    }

    /** E.g. {@code "31/48 tasks: 127.0.0.1:5701 16, 127.0.0.1:5702 15; 2 sent again (1 worker lost)"}. */
    public String line() {
        StringJoiner workers = new StringJoiner(", ");
        doneByWorker.forEach((address, n) -> workers.add(address + " " + n));
        String line = String.format(Locale.ROOT, "%d/%d tasks: %s", done, tasks, workers);
        if (retried > 0 || workersLost > 0) {
            line += String.format(Locale.ROOT, "; %d sent again (%d worker%s lost)", retried, workersLost,
                    workersLost == 1 ? "" : "s");
        }
        return line;
    }
}
