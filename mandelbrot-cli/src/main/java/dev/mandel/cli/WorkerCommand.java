package dev.mandel.cli;

import dev.mandel.farm.FarmAddress;
import dev.mandel.farm.FarmEngines;
import dev.mandel.farm.FarmSecret;
import dev.mandel.farm.FarmSecurity;
import dev.mandel.farm.RenderTask;
import dev.mandel.farm.Seal;
import dev.mandel.farm.TaskRunner;
import dev.mandel.farm.WorkerHost;
import dev.mandel.farm.WorkerSettings;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.poster.PosterSpec;
import dev.mandel.render.RenderRequest;
import dev.mandel.timing.RenderWarmup;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Viewport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code mandelbrot worker}: a member of the render farm. It renders the tasks a coordinator
 * ({@code render --cluster}, {@code tiles --cluster}) sends it, with this machine's kernel and
 * threads, until stopped (Ctrl-C). It listens on loopback unless {@code --bind} names another
 * address, and then it must have the farm's secret.
 */
@Command(name = "worker", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Join the render farm and render its tasks until stopped (Ctrl-C).",
            "Listens on loopback by default; --bind another address to serve other machines (needs "
                    + FarmSecret.ENV + ")."})
final class WorkerCommand implements Callable<Integer> {

    /** How often the worker prints what it did, when it did anything. */
    private static final long REPORT_MILLIS = 10_000;
    private static final int[] WARMUP_WIDTHS = {256, 331};
    private static final int WARMUP_HEIGHT = 240;
    private static final int WARMUP_ITER = 1000;

    @Option(names = "--port", paramLabel = "P",
            description = "Port to listen on (default: " + FarmAddress.DEFAULT_PORT + ", or the next free one).")
    Integer port;

    @Option(names = "--join", paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Workers already in the farm to join (default: start a new farm).")
    String join;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only). Any other address"
                    + " serves the network and requires the farm secret.")
    String bind;

    @Option(names = "--threads", paramLabel = "N", description = "Render threads (default: all cores).")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int p = port == null ? FarmAddress.DEFAULT_PORT : port;
        if (p < 1 || p > 65535) {
            throw new IllegalArgumentException("--port must be between 1 and 65535, got " + p);
        }
        InetAddress address = FarmAddress.parseList(bind, "--bind").getFirst().resolve("--bind");
        if (bind.contains(",")) {
            throw new IllegalArgumentException("--bind takes one address, got '" + bind + "'");
        }
        if (address.isAnyLocalAddress()) {
            throw new IllegalArgumentException("--bind " + bind + " would listen on every interface; name the one"
                    + " address the farm's network reaches");
        }
        List<FarmAddress> peers = join == null ? List.of() : FarmAddress.parseList(join, "--join");
        int t = Args.threads(threads);
        WorkerSettings settings = new WorkerSettings(address, p, port != null, peers);
        Optional<FarmSecret> secret = FarmSecret.fromEnvironment(System.getenv());
        FarmSecurity.requireSecretUnlessLoopback(settings.loopbackOnly(), secret,
                "this worker (--bind " + bind + (join == null ? "" : ", --join " + join) + ")");

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Renderer renderer = new Renderer(KernelProvider.best(), t)) {
            TaskRunner runner = new TaskRunner(renderer, Seal.with(secret), new TaskRunner.Listener() {
                @Override
                public void started(RenderTask task) {
                }

                @Override
                public void refused(String reason) {
                    err.println("refused a task: " + reason);
                    err.flush();
                }
            });
            // Compiled before joining, so the farm's first tasks do not run in the interpreter: a
            // tile's width (a multiple of the vector block) and one that leaves a remainder, so the
            // kernel's full blocks and its masked tail both compile, banded and smooth.
            long warm = System.nanoTime();
            for (int width : WARMUP_WIDTHS) {
                for (boolean smooth : new boolean[] {false, true}) {
                    RenderWarmup.run(renderer, new PosterSpec(Viewport.fullSet(width, WARMUP_HEIGHT), WARMUP_ITER,
                            Schedule.FORKJOIN, RenderRequest.DEFAULT_PARTITION_FACTOR, smooth));
                }
            }
            warm = System.nanoTime() - warm;
            WorkerHost host = FarmEngines.standard().startWorker(settings, runner);
            Thread stop = new Thread(host::close, "worker-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            out.println("worker " + host.address() + " ready: " + t + " thread" + (t == 1 ? "" : "s") + ", "
                    + renderer.kernel().name() + String.format(Locale.ROOT, " kernel (warmed up in %.1f s), ",
                    warm / 1e9) + (secret.isPresent() ? "signed tasks only"
                    : "loopback only, no secret") + "; farm members: " + String.join(", ", host.members()));
            out.println("render on it: ./mandelbrot render --cluster " + host.address() + " ...  (Ctrl-C stops it)");
            out.flush();
            long reported = 0;
            while (host.isRunning()) {
                Thread.sleep(REPORT_MILLIS);
                long done = runner.tasksDone();
                if (done != reported) {
                    out.println(done + " tasks rendered, " + runner.tasksRefused() + " refused; farm members: "
                            + String.join(", ", host.members()));
                    out.flush();
                    reported = done;
                }
            }
        }
        return 0;
    }
}
