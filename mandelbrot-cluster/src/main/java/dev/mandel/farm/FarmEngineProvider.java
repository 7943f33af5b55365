package dev.mandel.farm;

import java.time.Duration;
import java.util.List;

/**
 * One distributed engine: how to start a worker on it and how to connect a coordinator to it.
 * Implementations live in their own package (e.g. {@code dev.mandel.farm.hazelcast}) and are
 * loaded by name through {@link FarmEngines}, so an engine's classes load only when a farm is used.
 */
public interface FarmEngineProvider {

    String name();

    /** Starts a worker that answers tasks with {@code runner}; returns once it has joined. */
    WorkerHost startWorker(WorkerSettings settings, TaskRunner runner);

    /** Connects a coordinator to the workers at {@code addresses}, waiting at most {@code timeout}. */
    FarmEngine connect(List<FarmAddress> addresses, Duration timeout);
}
