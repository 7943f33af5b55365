package dev.mandel.gui.model;

import dev.mandel.deep.DeepSetup;
import dev.mandel.deep.DeepView;
import dev.mandel.deep.OrbitCache;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Prepares deep frames (reference orbit, BLA table, limit) on a background thread, so the FX
 * thread never computes, and keeps the orbit between frames ({@link OrbitCache}): panning and
 * zooming at one depth pay only for pixels.
 *
 * <p>Only the newest request matters: each request bumps a generation, an older preparation sees
 * it at its next cancellation check and stops, and its result is dropped.
 */
final class DeepFramePreparer implements AutoCloseable {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "deep-orbit");
        t.setDaemon(true);
        return t;
    });
    private final OrbitCache cache = new OrbitCache();
    private final AtomicLong generation = new AtomicLong();
    private final Executor ui;

    DeepFramePreparer(Executor ui) {
        this.ui = ui;
    }

    /** Prepares {@code view} ({@code maxIter <= 0}: auto); {@code ready} or {@code failed} run on the UI thread. */
    void prepare(DeepView view, int maxIter, Consumer<DeepSetup> ready, Consumer<RuntimeException> failed) {
        long mine = generation.incrementAndGet();
        worker.execute(() -> {
            try {
                DeepSetup setup = cache.prepare(view, maxIter, () -> generation.get() != mine);
                ui.execute(() -> {
                    if (generation.get() == mine) {
                        ready.accept(setup);
                    }
                });
            } catch (CancellationException e) {
                // superseded by a newer view
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    if (generation.get() == mine) {
                        failed.accept(e);
                    }
                });
            }
        });
    }

    /** Drops any preparation in progress. */
    void cancel() {
        generation.incrementAndGet();
    }

    @Override
    public void close() {
        cancel();
        worker.shutdownNow();
    }
}
