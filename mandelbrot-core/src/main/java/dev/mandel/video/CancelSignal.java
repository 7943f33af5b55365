package dev.mandel.video;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Asks a zoom to stop, from any thread (a Ctrl-C hook, a viewer's Cancel button). Work in progress
 * registers how to stop itself (a render job's cancel), so a long frame stops after its current
 * row instead of running to its end.
 */
public final class CancelSignal {

    /** Undoes a {@link #onCancel} registration once the work it stops has ended. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();
    private final CountDownLatch fired = new CountDownLatch(1);
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
        fired.countDown();
        for (Runnable hook : hooks) {
            hook.run();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Whether the signal fires within {@code millis}: Ctrl-C reaches a child encoder as well as
     * this process, and the encoder may die a moment before the signal here is seen.
     */
    public boolean firesWithin(long millis) {
        try {
            return fired.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return cancelled;
        }
    }

    /** Throws {@link CancellationException} once cancelled. */
    public void check() {
        if (cancelled) {
            throw new CancellationException("zoom cancelled");
        }
    }

    /** Runs {@code hook} on cancel (at once if already cancelled) until the registration is closed. */
    public Registration onCancel(Runnable hook) {
        hooks.add(hook);
        if (cancelled) {
            hook.run();
        }
        return () -> hooks.remove(hook);
    }
}
