package dev.mandel.farm;

import java.util.List;

/** A running worker: a member of the farm that answers tasks with a {@link TaskRunner}. */
public interface WorkerHost extends AutoCloseable {

    /** The address other machines join or connect to, {@code host:port}. */
    String address();

    /** Addresses of every member of the farm this worker sees, itself included. */
    List<String> members();

    /** Whether the worker still runs (a crash or {@link #close()} ends it). */
    boolean isRunning();

    /** Leaves the farm and stops. */
    @Override
    void close();

    /** Stops at once, as a crash would: no goodbye to the other members (for tests of lost workers). */
    void crash();
}
