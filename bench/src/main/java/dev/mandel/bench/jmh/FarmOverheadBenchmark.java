package dev.mandel.bench.jmh;

import dev.mandel.farm.BandPlan;
import dev.mandel.farm.FarmAddress;
import dev.mandel.farm.FarmEngine;
import dev.mandel.farm.FarmEngineProvider;
import dev.mandel.farm.FarmEngines;
import dev.mandel.farm.FarmJob;
import dev.mandel.farm.RenderTask;
import dev.mandel.farm.Seal;
import dev.mandel.farm.TaskRunner;
import dev.mandel.farm.WorkerHost;
import dev.mandel.farm.WorkerSettings;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import dev.mandel.tiles.PyramidGeometry;
import dev.mandel.tiles.TilePlan;
import dev.mandel.view.Viewport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * What the farm costs on top of the rendering: the same 48 tasks (row bands of a 1024x768 view, or
 * 256-pixel base tiles of a 2048x1536 pyramid) rendered through real Hazelcast members on loopback
 * ({@code farm}) and rendered here one after another on a 2-thread renderer ({@code local}).
 *
 * <p>{@code (farm - local) / 48} is the overhead per task. With {@code maxIter = 1} there is almost
 * nothing to render, so a task's time is all overhead (encoding, the executor round trip, decoding,
 * ordering); with 1000 it is a real job. The members share this machine's two cores with each other
 * and with the coordinator, one thread each (two for a single member), so more members cannot be
 * faster here: the figures say what a task costs, not how a farm of machines scales.
 *
 * <p>Pitfall: the members' JIT. Each member renders in this JVM, so its kernel is compiled by the
 * warm-up iterations like the local one; on a real farm each worker warms up once at start.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx2g",
    "--sun-misc-unsafe-memory-access=allow"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class FarmOverheadBenchmark {

    public static final int TASKS = 48;

    @Param({"1", "2", "3"})
    public int members;

    @Param({"bands", "tiles"})
    public String job;

    @Param({"1", "1000"})
    public int maxIter;

    private final List<WorkerHost> hosts = new ArrayList<>();
    private final List<Renderer> workerRenderers = new ArrayList<>();
    private FarmEngine coordinator;
    private Renderer local;
    private IntFunction<RenderTask> tasks;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        if (job.equals("bands")) {
            BandPlan plan = new BandPlan(1, Viewport.fullSet(1024, 768), maxIter, false, 768 / TASKS);
            tasks = plan::task;
        } else {
            TilePlan plan = new TilePlan(1, Viewport.fullSet(2048, 1536), maxIter, false,
                    new PyramidGeometry(2048, 1536, 256));
            tasks = plan::task;
        }
        FarmEngineProvider engine = FarmEngines.standard();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        List<FarmAddress> up = new ArrayList<>();
        int threads = Math.max(1, 2 / members);
        for (int k = 0; k < members; k++) {
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, loopback)) {
                port = s.getLocalPort();
            }
            Renderer r = new Renderer(KernelProvider.best(), threads);
            workerRenderers.add(r);
            TaskRunner runner = new TaskRunner(r, Seal.with(Optional.empty()), new TaskRunner.Listener() {
                @Override
                public void started(RenderTask task) {
                }

                @Override
                public void refused(String reason) {
                    throw new IllegalStateException(reason);
                }
            });
            WorkerHost host = engine.startWorker(new WorkerSettings(loopback, port, true, List.copyOf(up)), runner);
            hosts.add(host);
            up.add(new FarmAddress(loopback.getHostAddress(), port));
        }
        coordinator = engine.connect(up, Duration.ofSeconds(30));
        local = new Renderer(KernelProvider.best(), 2);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        coordinator.close();
        hosts.forEach(WorkerHost::close);
        workerRenderers.forEach(Renderer::close);
        local.close();
    }

    @Benchmark
    public long farm(EscapeIterations counter) throws IOException {
        long[] sum = {0};
        new FarmJob(coordinator, Seal.with(Optional.empty()), TASKS).run(TASKS, tasks, (task, result) -> {
            for (long t : result.rowTotals()) {
                sum[0] += t;
            }
        }, progress -> { });
        counter.escapeIterations += sum[0];
        return sum[0];
    }

    @Benchmark
    public long local(EscapeIterations counter) {
        long sum = 0;
        for (int i = 0; i < TASKS; i++) {
            RenderTask t = tasks.apply(i);
            Frame f = local.render(new RenderRequest(t.view(), t.maxIter(), Schedule.FORKJOIN,
                    RenderRequest.DEFAULT_PARTITION_FACTOR, t.smooth(), t.firstRow(), t.rows()));
            sum += f.totalIterations();
        }
        counter.escapeIterations += sum;
        return sum;
    }

    static {
        // Hazelcast reads these before any configuration: nothing leaves the machine, nothing is logged.
        System.setProperty("hazelcast.phone.home.enabled", "false");
        System.setProperty("hazelcast.logging.type", "none");
    }
}
