package dev.mandel.cli;

import dev.mandel.color.Colorizer;
import dev.mandel.color.Palette;
import dev.mandel.io.PngWriter;
import dev.mandel.kernel.EscapeKernel;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Viewport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code mandelbrot render}: one view to a PNG, with a summary of what it cost. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a view to a PNG and print what it cost.")
final class RenderCommand implements Callable<Integer> {

    @Option(names = "--size", defaultValue = "1200x900", description = "Image size WxH (default ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--max-iter", defaultValue = "1000", description = "Iteration limit (default ${DEFAULT-VALUE}).")
    int maxIter;

    @Option(names = "--kernel", defaultValue = "auto", description = "auto, scalar or vector (default ${DEFAULT-VALUE}).")
    String kernel;

    @Option(names = "--schedule", defaultValue = "forkjoin",
            description = "sequential, static or forkjoin (default ${DEFAULT-VALUE}).")
    String schedule;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--partition-factor", defaultValue = "16",
            description = "Tasks per worker for forkjoin (default ${DEFAULT-VALUE}).")
    int partitionFactor;

    @Option(names = "--palette", defaultValue = "classic", description = "Colour palette (default ${DEFAULT-VALUE}).")
    String palette;

    @Option(names = "--smooth", description = "Smooth (continuous) colouring.")
    boolean smooth;

    @Option(names = {"-o", "--output"}, defaultValue = "mandelbrot.png", description = "Output PNG (default ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws Exception {
        int[] wh = Args.size(size);
        Viewport view = dev.mandel.view.Preset.FULL.view(wh[0], wh[1]);
        Schedule sched = Schedule.parse(schedule);
        Palette pal = Palette.parse(palette);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : Args.threads(threads);
        EscapeKernel k = KernelProvider.forChoice(Args.kernel(kernel));
        RenderRequest request = RenderRequest.of(view, maxIter).withSchedule(sched, partitionFactor).withSmooth(smooth);
        Frame frame;
        try (Renderer renderer = new Renderer(k, workers)) {
            frame = renderer.render(request);
        }
        int[] argb = new int[frame.counts().length];
        new Colorizer(pal, maxIter).colour(frame.counts(), frame.escapeMag2(), argb, 0, argb.length);
        PngWriter.write(output, argb, view.width(), view.height());
        System.out.printf(Locale.ROOT, "%dx%d, %s kernel, %s, %d threads, %d tasks: %.1f ms, %.2f G iterations/s, load balance %.2f%n",
                view.width(), view.height(), frame.kernel(), sched.id(), workers, frame.trace().tasks(),
                frame.wallNanos() / 1e6, frame.iterationsPerSecond() / 1e9, frame.loadBalance());
        System.out.println("wrote " + output.toAbsolutePath());
        return 0;
    }
}
