package dev.mandel.farm;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs tasks {@code 0 .. count-1} on a farm and hands their results to a sink in task order, on
 * the calling thread, whatever order the workers finish in.
 *
 * <p>Each worker gets at most {@link #IN_FLIGHT_PER_WORKER} tasks at a time (one rendering, one
 * travelling), so a fast worker takes more tasks than a slow one. No task is sent more than
 * {@code window} tasks ahead of the next one the sink needs, which bounds the results held in
 * memory whatever the size of the job. When the engine reports a task failed (its worker left,
 * the connection broke) that worker gets no more tasks and its task goes to the front of the queue
 * for another worker; results are deterministic, so the output is the same. The job fails only
 * when a worker refuses a task (wrong secret, bad task) or no worker is left.
 *
 * <p>Tasks are made on demand by {@code taskAt}, so a job of a million tiles holds only its window.
 */
public final class FarmJob {

    public static final int IN_FLIGHT_PER_WORKER = 2;
    private static final long POLL_MILLIS = 100;

    /** Receives each result in task order. */
    @FunctionalInterface
    public interface Sink {
        void accept(RenderTask task, TaskResult result) throws IOException;
    }

    private record Completion(FarmWorker worker, int index, byte[] answer, Throwable failure) {
    }

    private final FarmEngine engine;
    private final Seal seal;
    private final int window;

    public FarmJob(FarmEngine engine, Seal seal, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, got " + window);
        }
        this.engine = engine;
        this.seal = seal;
        this.window = window;
    }

    /**
     * Runs the job. {@code onTick} sees the progress after every completion and at least every
     * {@value #POLL_MILLIS} ms. Throws {@link FarmException} with one line when the job cannot finish.
     */
    public FarmProgress run(int count, IntFunction<RenderTask> taskAt, Sink sink, Consumer<FarmProgress> onTick)
            throws IOException {
        FarmProgress progress = new FarmProgress(count);
        LinkedBlockingQueue<Completion> completions = new LinkedBlockingQueue<>();
        ArrayDeque<Integer> retry = new ArrayDeque<>();
        Map<Integer, RenderTask> sent = new HashMap<>();
        Map<Integer, TaskResult> finished = new HashMap<>();
        Map<String, Integer> inFlight = new HashMap<>();
        Set<String> lost = new HashSet<>();
        String lastFailure = null;
        int next = 0;
        int delivered = 0;
        try {
            while (delivered < count) {
                List<FarmWorker> alive = new ArrayList<>();
                for (FarmWorker w : engine.workers()) {
                    if (!lost.contains(w.id())) {
                        alive.add(w);
                    }
                }
                if (alive.isEmpty() && sent.isEmpty()) {
                    throw new FarmException("no worker left in the farm: " + (count - delivered) + " of " + count
                            + " tasks unfinished" + (lastFailure == null ? "" : " (last error: " + lastFailure + ")"));
                }
                for (FarmWorker w : alive) {
                    progress.workerSeen(w);
                    while (inFlight.getOrDefault(w.id(), 0) < IN_FLIGHT_PER_WORKER) {
                        Integer index = retry.poll();
                        if (index == null && next < count && next < delivered + window) {
                            index = next++;
                        }
                        if (index == null) {
                            break;
                        }
                        RenderTask task = taskAt.apply(index);
                        sent.put(index, task);
                        inFlight.merge(w.id(), 1, Integer::sum);
                        int i = index;
                        engine.submit(w, seal.close(TaskCodec.encode(task))).whenComplete(
                                (answer, failure) -> completions.add(new Completion(w, i, answer, failure)));
                    }
                }
                Completion c = completions.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (c != null) {
                    inFlight.merge(c.worker().id(), -1, Integer::sum);
                    RenderTask task = sent.remove(c.index());
                    if (c.failure() != null) {
                        if (lost.add(c.worker().id())) {
                            progress.workerLost();
                        }
                        lastFailure = c.worker().address() + ": " + oneLine(c.failure());
                        retry.addFirst(c.index());
                        progress.taskRetried();
                    } else {
                        TaskResult result = read(c, task);
                        finished.put(c.index(), result);
                        progress.taskDone(c.worker(), result.renderNanos());
                    }
                }
                while (finished.containsKey(delivered)) {
                    sink.accept(taskAt.apply(delivered), finished.remove(delivered));
                    delivered++;
                }
                onTick.accept(progress);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FarmException("interrupted while waiting for the farm");
        }
        return progress;
    }

    /** The result in an answer; a refusal (the one answer that travels unsigned) ends the job. */
    private TaskResult read(Completion c, RenderTask task) {
        String from = "worker " + c.worker().address();
        if (seal.signs() && Seal.isUnsigned(c.answer())) {
            String reason = TaskCodec.refusalReason(Seal.with(java.util.Optional.empty()).open(c.answer()));
            throw new FarmException(reason != null ? from + " refused task " + c.index() + ": " + reason
                    : from + " sent an unsigned answer to task " + c.index() + "; this farm accepts only signed ones");
        }
        try {
            return TaskCodec.decodeAnswer(seal.open(c.answer()), task);
        } catch (TaskRefusedException e) {
            throw new FarmException(from + " refused task " + c.index() + ": " + e.getMessage());
        }
    }

    private static String oneLine(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
