package dev.mandel.farm;

import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a worker does with the bytes it is sent, whatever engine carried them: check the seal,
 * read the task as plain data, render it with the local engine (over-partitioned across the
 * worker's threads), and seal the answer. Anything it will not or cannot do becomes a refusal
 * with a reason, sent unsigned (it carries no pixels, and a coordinator with the wrong secret must
 * still be able to read it); it never runs anything but a render.
 */
public final class TaskRunner {

    /** Largest task a worker accepts: 16 Mpx, 64 MiB of counts (a farm task should be far smaller). */
    public static final int MAX_TASK_PIXELS = 1 << 24;

    /** Hears about each task a worker runs or refuses (for its console and for tests). */
    public interface Listener {
        void started(RenderTask task);

        void refused(String reason);
    }

    private final Renderer renderer;
    private final Seal seal;
    private final Listener listener;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    public TaskRunner(Renderer renderer, Seal seal, Listener listener) {
        this.renderer = renderer;
        this.seal = seal;
        this.listener = listener;
    }

    public byte[] run(byte[] sealedTask) {
        RenderTask task;
        try {
            task = TaskCodec.decodeTask(seal.open(sealedTask));
            if (task.pixels() > MAX_TASK_PIXELS) {
                throw new TaskRefusedException("a task of " + task.pixels() + " pixels is larger than the "
                        + MAX_TASK_PIXELS + " a worker accepts");
            }
        } catch (TaskRefusedException e) {
            return refuse(e.getMessage());
        }
        listener.started(task);
        try {
            Frame frame = renderer.render(new RenderRequest(task.view(), task.maxIter(), Schedule.FORKJOIN,
                    RenderRequest.DEFAULT_PARTITION_FACTOR, task.smooth(), task.firstRow(), task.rows()));
            TaskResult result = new TaskResult(task.job(), task.index(), frame.counts(), frame.escapeMag2(),
                    frame.rowTotals(), frame.kernel(), frame.wallNanos());
            byte[] answer = seal.close(TaskCodec.encode(result));
            done.incrementAndGet();
            return answer;
        } catch (RuntimeException e) {
            return refuse("the worker could not render the task: " + e.getMessage());
        }
    }

    private byte[] refuse(String reason) {
        refused.incrementAndGet();
        listener.refused(reason);
        // Unsigned, so a coordinator with a different secret (or none) can still read why.
        return Seal.with(Optional.empty()).close(TaskCodec.encodeRefusal(reason));
    }

    public long tasksDone() {
        return done.get();
    }

    public long tasksRefused() {
        return refused.get();
    }

    public int threads() {
        return renderer.threads();
    }
}
