package dev.mandel.farm;

import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.Renderer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Test helper: real Hazelcast workers in this JVM on loopback, on free ports, each rendering with
 * its own one-thread renderer. Close it to stop them all (they also die with the test JVM).
 */
public final class LoopbackFarm implements AutoCloseable {

    private final List<WorkerHost> hosts = new ArrayList<>();
    private final List<Renderer> renderers = new ArrayList<>();
    private final List<TaskRunner> runners = new ArrayList<>();
    /** Every task a worker started, as "worker index: task index", in order. */
    public final List<String> started = new CopyOnWriteArrayList<>();
    public final List<String> refusals = new CopyOnWriteArrayList<>();
    private volatile Consumer<Integer> onStart = w -> { };

    private static LoopbackFarm shared;

    private LoopbackFarm() {
    }

    /**
     * Two members without a secret, started once per test JVM and shared by the test classes that
     * only render on them (a member costs seconds to start); they end with the JVM.
     */
    public static synchronized LoopbackFarm shared() throws IOException {
        if (shared == null) {
            shared = start(2, Optional.empty());
        }
        return shared;
    }

    /** {@code workers} members joined into one farm, with or without a secret. */
    public static LoopbackFarm start(int workers, Optional<FarmSecret> secret) throws IOException {
        LoopbackFarm farm = new LoopbackFarm();
        FarmEngineProvider engine = FarmEngines.standard();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        List<Integer> ports = new ArrayList<>();
        for (int k = 0; k < workers; k++) {
            ports.add(freePort());
        }
        List<FarmAddress> join = ports.stream().map(p -> new FarmAddress(loopback.getHostAddress(), p)).toList();
        try {
            for (int k = 0; k < workers; k++) {
                int w = k;
                Renderer renderer = new Renderer(KernelProvider.best(), 1);
                farm.renderers.add(renderer);
                TaskRunner runner = new TaskRunner(renderer, Seal.with(secret), new TaskRunner.Listener() {
                    @Override
                    public void started(RenderTask task) {
                        farm.started.add(w + ":" + task.index());
                        farm.onStart.accept(w);
                    }

                    @Override
                    public void refused(String reason) {
                        farm.refusals.add(reason);
                    }
                });
                farm.runners.add(runner);
                // Each joins the ones already up: naming a port nobody listens on yet costs seconds of retries.
                farm.hosts.add(engine.startWorker(new WorkerSettings(loopback, ports.get(k), true, join.subList(0, k)),
                        runner));
            }
        } catch (RuntimeException e) {
            farm.close();
            throw e;
        }
        return farm;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The addresses to pass to {@code --cluster}. */
    public List<FarmAddress> addresses() {
        return hosts.stream().map(h -> FarmAddress.parse(h.address(), "test")).toList();
    }

    public String clusterOption() {
        return hosts.stream().map(WorkerHost::address).collect(Collectors.joining(","));
    }

    public WorkerHost host(int k) {
        return hosts.get(k);
    }

    public TaskRunner runner(int k) {
        return runners.get(k);
    }

    /** Runs on a worker's thread as it starts a task (the worker's index is passed). */
    public void onStart(Consumer<Integer> action) {
        this.onStart = action;
    }

    @Override
    public void close() {
        for (WorkerHost h : hosts) {
            try {
                h.close();
            } catch (RuntimeException ignored) {
                // already crashed by the test
            }
        }
        renderers.forEach(Renderer::close);
    }
}
