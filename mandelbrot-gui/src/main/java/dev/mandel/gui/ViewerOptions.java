package dev.mandel.gui;

import dev.mandel.cli.Converters;
import dev.mandel.color.Palette;
import dev.mandel.kernel.KernelChoice;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.ImageSize;
import dev.mandel.view.Preset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Command-line options of {@code ./mandelbrot gui}: start from a preset or with given settings
 * (they override the remembered ones), and {@code --snapshot} to write a PNG of the whole window
 * once the first frame is done, then quit (how the README's screenshots are made).
 *
 * <p>Values are typed and read by the command line's converters (each type's own {@code parse}), so a
 * bad one is reported in the same words as {@code ./mandelbrot render} reports it.
 */
@Command(name = "mandelbrot gui",
        description = "The JavaFX viewer: explore the set and see where the work went.")
public final class ViewerOptions {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--preset", converter = Converters.PresetName.class,
            description = "Start at a preset view: full, seahorse, elephant, minibrot, mojo, classroom.")
    Preset preset;

    @Option(names = "--kernel", converter = Converters.KernelName.class, description = "auto, scalar or vector.")
    KernelChoice kernel;

    @Option(names = "--schedule", converter = Converters.ScheduleName.class,
            description = "sequential, static or forkjoin.")
    Schedule schedule;

    @Option(names = "--threads", description = "Worker threads (1 to twice the cores).")
    Integer threads;

    @Option(names = "--partition-factor", description = "Tasks per worker for forkjoin.")
    Integer partitionFactor;

    @Option(names = "--max-iter", description = "Iteration limit.")
    Integer maxIter;

    @Option(names = "--palette", converter = Converters.PaletteName.class,
            description = "classic, fire, ocean, aurora or grayscale.")
    Palette palette;

    @Option(names = "--smooth", description = "Smooth colouring.")
    boolean smooth;

    @Option(names = "--overlay", description = "Start with the worker ownership overlay on.")
    boolean overlay;

    @Option(names = "--classroom", description = "Open with the Classroom tab selected.")
    boolean classroom;

    @Option(names = "--location", paramLabel = "'RE,IM SPAN'",
            description = "Start at a location: a centre RE,IM with any number of digits and a span (e.g. '-0.7436,0.1318 1e-20'); deep ones take the deep path.")
    String location;

    @Option(names = "--tab", description = "Open with this side tab selected: explore, places, palette or classroom.")
    String tab;

    @Option(names = "--window", converter = Converters.Size.class, description = "Window size WxH (default 1280x840).")
    ImageSize window;

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
        o.check();
        return o;
    }

    /** Checks what the types alone do not, so a bad value fails here with its message, before any window. */
    private void check() {
        if (window != null && (window.width() < MIN_WINDOW.width() || window.height() < MIN_WINDOW.height()
                || window.width() > MAX_WINDOW_EDGE || window.height() > MAX_WINDOW_EDGE)) {
            throw new IllegalArgumentException("window size '" + window + "' must be from " + MIN_WINDOW + " to "
                    + MAX_WINDOW_EDGE + "x" + MAX_WINDOW_EDGE);
        }
        if (snapshot != null) {
            // Checked now, so a bad path fails before any window opens (the file is written at the end).
            dev.mandel.io.OutputTarget.check(snapshot, "--snapshot", ".png");
        }
        if (location != null) {
            String[] words = location.trim().split("\\s+");
            if (words.length != 2) {
                throw new IllegalArgumentException("location '" + location + "' must be a centre RE,IM and a span, e.g. '-0.7436,0.1318 1e-20'");
            }
            dev.mandel.deep.DeepView.parse(words[0], words[1], 100, 100);
        }
        if (tab != null && !java.util.List.of("explore", "places", "palette", "classroom").contains(tab.trim().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("unknown tab '" + tab + "' (allowed: explore, places, palette, classroom)");
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
    KernelChoice kernelChoice() {
        return kernel == null ? KernelChoice.AUTO : kernel;
    }

    boolean helpRequested;
    String usage;

    /** Smallest window the controls fit in. */
    static final ImageSize MIN_WINDOW = new ImageSize(640, 480);
    /** Largest window edge: beyond any screen, small enough for the scene's buffers. */
    static final int MAX_WINDOW_EDGE = 10_000;
    private static final ImageSize DEFAULT_WINDOW = new ImageSize(1280, 840);

    /** The window's size in pixels. */
    ImageSize windowSize() {
        return window == null ? DEFAULT_WINDOW : window;
    }
}
