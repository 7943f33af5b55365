package dev.mandel.farm;

import java.net.InetAddress;
import java.util.List;

/**
 * Where a worker listens and whom it joins. {@code portFixed} false lets the engine take the next
 * free port after {@code port} (several workers on one machine); true insists on that port.
 */
public record WorkerSettings(InetAddress bind, int port, boolean portFixed, List<FarmAddress> join) {

    public WorkerSettings {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 1 and 65535, got " + port);
        }
        join = List.copyOf(join);
    }

    /** Whether the worker listens and talks only on this machine's loopback. */
    public boolean loopbackOnly() {
        return bind.isLoopbackAddress() && join.stream().allMatch(FarmAddress::isLoopback);
    }
}
