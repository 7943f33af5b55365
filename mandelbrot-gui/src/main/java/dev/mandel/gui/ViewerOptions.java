package dev.mandel.gui;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.mandel.color.Palette;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.schedule.Schedule;
import dev.mandel.settings.EngineSettings;
import dev.mandel.view.ImageSize;
import dev.mandel.view.Preset;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * Command-line options of {@code ./mandelbrot gui}: start from a preset or with given settings
 * (they override the remembered ones), and {@code --snapshot} to write a PNG of the whole window
 * once the first frame is done, then quit (how the README's screenshots are made).
 */
@Command(name = "mandelbrot gui",
        description = "The JavaFX viewer: explore the set and see where the work went.")
public final class ViewerOptions {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--preset", description = "Start at a preset view: full, seahorse, elephant, minibrot, mojo, classroom.")
    Preset preset;

    @Option(names = "--kernel", description = "auto, scalar or vector.")
    KernelProvider.Choice kernel;

    @Option(names = "--schedule", description = "sequential, static or forkjoin.")
    Schedule schedule;

    @Option(names = "--threads", description = "Worker threads (1 to twice the cores).")
    Integer threads;

    @Option(names = "--partition-factor", description = "Tasks per worker for forkjoin.")
    Integer partitionFactor;

    @Option(names = "--max-iter", description = "Iteration limit.")
    Integer maxIter;

    @Option(names = "--palette", description = "classic, fire, ocean, aurora or grayscale.")
    Palette palette;

    @Option(names = "--smooth", description = "Smooth colouring.")
    boolean smooth;

    @Option(names = "--overlay", description = "Start with the worker ownership overlay on.")
    boolean overlay;

    @Option(names = "--classroom", description = "Open with the Classroom tab selected.")
    boolean classroom;

    @Option(names = "--window", description = "Window size WxH (default 1280x840).")
    ImageSize window;

    @Option(names = "--fresh", description = "Ignore the remembered view and settings.")
    boolean fresh;

    @Option(names = "--snapshot", description = "Write a PNG of the whole window after the first frame, then quit.")
    Path snapshot;

    @Option(names = "--warmup", defaultValue = "3",
            description = "With --snapshot: render the view this many times first, so the JIT has compiled the kernel (default ${DEFAULT-VALUE}).")
    int warmup;

    /** Parses and validates; throws {@link IllegalArgumentException} with a one-line message. */
    static ViewerOptions parse(String... args) {
        ViewerOptions o = new ViewerOptions();
        CommandLine cl = new CommandLine(o)
                .registerConverter(Preset.class, text -> converted(text, Preset::parse))
                .registerConverter(KernelProvider.Choice.class, text -> converted(text, EngineSettings::parseKernel))
                .registerConverter(Schedule.class, text -> converted(text, Schedule::parse))
                .registerConverter(Palette.class, text -> converted(text, Palette::parse))
                .registerConverter(ImageSize.class, text -> converted(text, ImageSize::parse));
        try {
            cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        if (cl.isUsageHelpRequested()) {
            o.helpRequested = true;
            o.usage = cl.getUsageMessage();
        }
        o.windowSize();
        o.check();
        return o;
    }

    /** A value through its type's own parser, its message becoming picocli's usage error. */
    private static <T> T converted(String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** Checks the ranges the types do not, so a bad value fails here with its message, before any window. */
    private void check() {
        if (warmup < 0 || warmup > 100) {
            throw new IllegalArgumentException("warmup must be between 0 and 100 frames, got " + warmup);
        }
        var s = dev.mandel.gui.model.RenderSettings.defaults();
        if (threads != null) {
            s.withThreads(threads);
        }
        if (partitionFactor != null) {
            s.withPartitionFactor(partitionFactor);
        }
        if (maxIter != null) {
            s.withMaxIter(maxIter);
        }
    }

    boolean helpRequested;
    String usage;

    /** {@code [width, height]} of the window. */
    double[] windowSize() {
        if (window == null) {
            return new double[] {1280, 840};
        }
        if (window.width() >= 640 && window.height() >= 480 && window.width() <= 10000 && window.height() <= 10000) {
            return new double[] {window.width(), window.height()};
        }
        throw new IllegalArgumentException("window size '" + window + "' must look like WIDTHxHEIGHT, from 640x480 to 10000x10000");
    }
}
