package dev.mandel.cli;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.color.Palette;
import dev.mandel.encode.Ffmpeg;
import dev.mandel.encode.VideoOutput;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.MemoryBudget;
import dev.mandel.render.Renderer;
import dev.mandel.video.CancelSignal;
import dev.mandel.video.IterationLimit;
import dev.mandel.video.DepthProbe;
import dev.mandel.video.KeyframeCache;
import dev.mandel.video.MethodComparison;
import dev.mandel.video.Spans;
import dev.mandel.video.EngineViewRenderer;
import dev.mandel.video.ZoomMethod;
import dev.mandel.view.ImageSize;
import dev.mandel.video.ZoomPlan;
import dev.mandel.video.ZoomRecorder;
import dev.mandel.video.ZoomView;
import dev.mandel.farm.FarmViewRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code mandelbrot zoom}: a video zooming from a wide view into a target, as an H.264 MP4 piped
 * through ffmpeg, or a numbered PNG sequence (and the command that assembles it) without ffmpeg.
 *
 * <p>Every option and the output path are checked before any work starts. Finished keyframes are
 * kept in {@code FILE.keyframes/} beside the output until the video is complete, so Ctrl-C (which
 * stops cleanly, leaving no partial video) followed by the same command resumes.
 */
@Command(name = "zoom", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render a zoom video into a target view: H.264 MP4 through ffmpeg (PNG frames without it).",
            "The span falls exponentially from --from-span to --span; the last frame is the target view."})
final class ZoomCommand implements Callable<Integer> {

    /** Exit code of a zoom stopped by Ctrl-C: 128 + SIGINT, as shells report it. */
    static final int STOPPED = 130;
    /** How long an encoder failure waits to learn whether it was Ctrl-C, which stops ffmpeg too. */
    private static final long STOP_GRACE_MILLIS = 500;

    @Option(names = "--center", required = true, paramLabel = "RE,IM",
            description = "The target's centre, decimals of any length.")
    String center;

    @Option(names = "--span", required = true, paramLabel = "S", description = "The target's width in the plane, e.g. 1e-12.")
    String span;

    @Option(names = "--from-span", defaultValue = "4", paramLabel = "S0",
            description = "Width of the first frame, centred on the target (default ${DEFAULT-VALUE}).")
    String fromSpan;

    @Option(names = "--seconds", required = true, paramLabel = "T", description = "Length of the video.")
    double seconds;

    @Option(names = "--fps", defaultValue = "30", paramLabel = "F", description = "Frames per second (default ${DEFAULT-VALUE}).")
    int fps;

    @Option(names = "--size", defaultValue = "1280x720", paramLabel = "WxH",
            converter = Converters.Size.class, description = "Frame size, even edges (default ${DEFAULT-VALUE}).")
    ImageSize size;

    @Option(names = "--max-iter", defaultValue = "auto", paramLabel = "N|auto", converter = Converters.ZoomLimit.class,
            description = "Iteration limit, or auto: " + IterationLimit.AUTO_BASE + " for the whole set plus "
                    + IterationLimit.AUTO_PER_OCTAVE + " per halving of the span (default ${DEFAULT-VALUE}).")
    IterationLimit maxIter;

    @Option(names = "--palette", defaultValue = "classic", paramLabel = "NAME", converter = Converters.PaletteName.class,
            description = "classic, fire, ocean, aurora, grayscale (default ${DEFAULT-VALUE}).")
    Palette palette;

    @Option(names = "--smooth", description = "Smooth (continuous) colouring instead of bands.")
    boolean smooth;

    @Option(names = "--crf", defaultValue = "" + Ffmpeg.DEFAULT_CRF, paramLabel = "Q",
            description = "H.264 constant rate factor, 0 (lossless) to 51; lower is better (default ${DEFAULT-VALUE}).")
    int crf;

    @Option(names = "--method", defaultValue = "keyframes", paramLabel = "keyframes|direct",
            converter = Converters.MethodName.class,
            description = "keyframes: render keyframes at 2x zoom steps and resample the frames between them;"
                    + " direct: render every frame (default ${DEFAULT-VALUE}).")
    ZoomMethod method;

    @Option(names = "--threads", paramLabel = "N", description = "Render threads (default: all cores).")
    Integer threads;

    @Option(names = "--kernel", defaultValue = "auto", paramLabel = "auto|scalar|vector",
            converter = Converters.KernelName.class, description = "Escape kernel (default ${DEFAULT-VALUE}).")
    KernelChoice kernel;

    @Option(names = "--keep-keyframes", description = "Keep FILE.keyframes/ after the video is complete (re-encode or extend later).")
    boolean keepKeyframes;

    @Option(names = "--compare-methods",
            description = "Write no video: time both methods on this zoom and compare their frames (PSNR, largest"
                    + " error) with directly rendered and 2x2 supersampled ones.")
    boolean compareMethods;

    @Mixin
    ClusterOptions clusterOptions;

    @Option(names = {"-o", "--output"}, defaultValue = "zoom.mp4", paramLabel = "FILE.mp4",
            description = "The video (default ${DEFAULT-VALUE}).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String[] centre = ZoomOptions.centre(center);
        BigDecimal target = Spans.parse(span, "--span");
        BigDecimal start = Spans.parse(fromSpan, "--from-span");
        int frames = ZoomPlan.frameCount(seconds, fps);
        int[] wh = {size.width(), size.height()};
        ZoomOptions.requireEven(wh);
        IterationLimit limit = maxIter;
        Palette pal = palette;
        Ffmpeg.crf(crf);
        ZoomMethod how = method;
        int threadCount = Args.threads(threads);
        KernelChoice kernelChoice = kernel;
        Path video = Outputs.checked(output, "--output", ".mp4");
        ZoomPlan plan = new ZoomPlan(centre[0], centre[1], start, target, frames, wh[0], wh[1], limit);
        // Pictures in flight: two keyframes, two rendered ahead, the frame, the render's own arrays.
        MemoryBudget.requireFits(plan.target().pixels() * 4 * 12, "a " + wh[0] + "x" + wh[1] + " zoom");

        ClusterOptions.Checked farmChoice = clusterOptions.given() ? clusterOptions.check() : null;

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CancelSignal cancel = new CancelSignal();
        try (Renderer renderer = new Renderer(KernelProvider.forChoice(kernelChoice), threadCount);
             ClusterOptions.Farm farm = farmChoice == null ? null : farmChoice.connect();
             StopOnCtrlC ctrlC = new StopOnCtrlC(cancel)) {
            // With --cluster the pictures double precision resolves render on the farm (row bands);
            // deeper ones, which need a reference orbit, still render here.
            FarmViewRenderer onFarm = farm == null ? null
                    : new FarmViewRenderer(farm.engine(), farm.seal(), pal, smooth);
            EngineViewRenderer views = onFarm == null ? ZoomOptions.viewRenderer(renderer, pal, smooth)
                    : ZoomOptions.viewRenderer(onFarm, renderer, pal, smooth);
            ZoomOptions.requireResolvable(views, plan, span);
            Path cacheDir = video.resolveSibling(video.getFileName() + ".keyframes");
            String kept = how == ZoomMethod.DIRECT ? "frames" : "keyframes";
            ZoomRecorder.Result result;
            ZoomRecorder recorder;
            VideoOutput encoder;
            KeyframeCache cache = null;
            ProgressBar bar = ProgressBar.forFrames(err, frames);
            try {
                // One curve of limits for the whole video, from small probes of its own views.
                plan = plan.withLimit(DepthProbe.limits(plan, views, cancel));
                if (compareMethods) {
                    MethodComparison.Result compared = new MethodComparison(plan, views)
                            .run(true, done -> bar.update(done, done));
                    bar.done();
                    out.println(ZoomSummary.zoom(plan, views));
                    ZoomSummary.comparison(compared).forEach(out::println);
                    out.flush();
                    return 0;
                }
                cache = KeyframeCache.open(cacheDir, ZoomOptions.cacheKey(plan, how, pal, smooth, views), wh[0], wh[1]);
                int cachedBefore = cache.count();
                if (cachedBefore > 0) {
                    out.println("resuming: " + cachedBefore + " finished " + kept + " in " + cacheDir);
                    out.flush();
                }
                recorder = new ZoomRecorder(plan, how, views, cache, (done, total) -> bar.update(done, done));
                // A deep target's reference orbit serves every deep picture of the zoom.
                views.prepareFor(plan.target(), cancel);
                encoder = VideoOutput.open(video, wh[0], wh[1], fps, crf);
                result = recorder.record(encoder.sink(), cancel);
            } catch (CancellationException | IOException | UncheckedIOException e) {
                if (!(e instanceof CancellationException) && !cancel.firesWithin(STOP_GRACE_MILLIS)) {
                    throw e;
                }
                bar.done();
                err.println("stopped: " + (cache == null ? 0 : cache.count()) + " finished " + kept + " kept in "
                        + cacheDir + "; run the same command again to resume");
                err.flush();
                return STOPPED;
            } finally {
                bar.done();
            }
            out.println(ZoomSummary.plan(plan, how, recorder.pictureCount(), views));
            out.println(ZoomSummary.cost(result, threadCount, encoder.encoderCpuSeconds()));
            if (onFarm != null) {
                out.println("farm: tasks per worker: " + onFarm.tasksPerWorker());
            }
            if (!keepKeyframes) {
                cache.delete();
            } else {
                out.println("kept " + cache.count() + " pictures in " + cacheDir);
            }
            out.println(encoder.describe());
            out.flush();
        }
        return 0;
    }

    /**
     * Ctrl-C runs the JVM's shutdown hooks while this command is still working: the hook stops the
     * zoom and waits until the command has cleaned up (encoder ended, partial video removed, message
     * printed), so nothing half-made outlives the process.
     */
    private static final class StopOnCtrlC implements AutoCloseable {
        private final CountDownLatch finished = new CountDownLatch(1);
        private final Thread hook;

        StopOnCtrlC(CancelSignal cancel) {
            hook = new Thread(() -> {
                cancel.cancel();
                try {
                    finished.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "zoom-ctrl-c");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        @Override
        public void close() {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running and has just been released
            }
        }
    }
}
