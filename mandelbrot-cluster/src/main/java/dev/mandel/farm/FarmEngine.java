package dev.mandel.farm;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The coordinator's view of a distributed engine: who is there, and "run these sealed bytes on
 * that worker". Everything else (which task goes where, retries, order, progress) is
 * {@link FarmJob}'s and works the same on any engine.
 */
public interface FarmEngine extends AutoCloseable {

    /** The engine's name for summaries, e.g. "hazelcast". */
    String name();

    /** The workers that are members now. */
    List<FarmWorker> workers();

    /**
     * Sends a sealed task to {@code worker}; the future completes with the worker's sealed answer,
     * or exceptionally when the engine could not get one (the worker left, the connection broke).
     */
    CompletableFuture<byte[]> submit(FarmWorker worker, byte[] sealedTask);

    @Override
    void close();
}
