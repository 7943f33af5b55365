package dev.mandel.gui;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;

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
    String preset;

    @Option(names = "--kernel", description = "auto, scalar or vector.")
    String kernel;

    @Option(names = "--schedule", description = "sequential, static or forkjoin.")
    String schedule;

    @Option(names = "--threads", description = "Worker threads (1 to twice the cores).")
    Integer threads;

    @Option(names = "--partition-factor", description = "Tasks per worker for forkjoin.")
    Integer partitionFactor;

    @Option(names = "--max-iter", description = "Iteration limit.")
    Integer maxIter;

    @Option(names = "--palette", description = "classic, fire, ocean, aurora or grayscale.")
    String palette;

    @Option(names = "--smooth", description = "Smooth colouring.")
    boolean smooth;

    @Option(names = "--overlay", description = "Start with the worker ownership overlay on.")
    boolean overlay;

    @Option(names = "--classroom", description = "Open with the Classroom tab selected.")
    boolean classroom;

    @Option(names = "--window", description = "Window size WxH (default 1280x840).")
    String window;

    @Option(names = "--fresh", description = "Ignore the remembered view and settings.")
    boolean fresh;

    @Option(names = "--snapshot", description = "Write a PNG of the whole window after the first frame, then quit.")
    Path snapshot;

    @Option(names = "--warmup", defaultValue = "3",
            description = "With --snapshot: render the view this many times first, so the JIT has compiled the kernel (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--jit-warmup", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Compile the kernel on a background thread from the start, so frames soon run at full speed (default on; --no-jit-warmup to see a cold start).")
    boolean jitWarmup = true;

    @Option(names = "--keep-awake", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keep the render workers spinning briefly after a frame and wake them on input, so small frames do not wait milliseconds for parked threads (default on).")
    boolean keepAwake = true;

    @Option(names = "--log-frames",
            description = "Print a line per finished frame (time since start, size, ms, G iterations/s, load balance, worker start latency) to standard output.")
    boolean logFrames;

    /** Parses and validates; throws {@link IllegalArgumentException} with a one-line message. */
    static ViewerOptions parse(String... args) {
        ViewerOptions o = new ViewerOptions();
        CommandLine cl = new CommandLine(o);
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

    /** Parses every given value once, so a bad one fails here with its message, before any window. */
    private void check() {
        if (preset != null) {
            dev.mandel.view.Preset.parse(preset);
        }
        if (schedule != null) {
            dev.mandel.schedule.Schedule.parse(schedule);
        }
        if (palette != null) {
            dev.mandel.color.Palette.parse(palette);
        }
        if (kernel != null && !java.util.Set.of("auto", "scalar", "vector").contains(kernel.trim().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("unknown kernel '" + kernel + "' (allowed: auto, scalar, vector)");
        }
        if (snapshot != null) {
            // Checked now, so a bad path fails before any window opens (the file is written at the end).
            dev.mandel.io.OutputTarget.check(snapshot, "--snapshot", ".png");
        }
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

    /** The kernel asked for, or {@code AUTO}. */
    dev.mandel.kernel.KernelChoice kernelChoice() {
        return kernel == null ? dev.mandel.kernel.KernelChoice.AUTO
                : dev.mandel.kernel.KernelChoice.valueOf(kernel.trim().toUpperCase(Locale.ROOT));
    }

    boolean helpRequested;
    String usage;

    /** {@code [width, height]} of the window. */
    double[] windowSize() {
        if (window == null) {
            return new double[] {1280, 840};
        }
        String[] parts = window.trim().toLowerCase(Locale.ROOT).split("x", -1);
        try {
            double w = Integer.parseInt(parts[0].trim());
            double h = Integer.parseInt(parts[1].trim());
            if (parts.length == 2 && w >= 640 && h >= 480 && w <= 10000 && h <= 10000) {
                return new double[] {w, h};
            }
        } catch (RuntimeException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException("window size '" + window + "' must look like WIDTHxHEIGHT, from 640x480 to 10000x10000");
    }
}
