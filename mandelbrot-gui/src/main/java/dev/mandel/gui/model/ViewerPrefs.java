package dev.mandel.gui.model;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.color.Palette;
import dev.mandel.io.AtomicFile;
import dev.mandel.io.BoundedRead;
import dev.mandel.kernel.Precision;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Viewport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The last view and settings, kept between runs in a small properties file
 * ({@code ~/.mandelbrot/viewer.properties}). Doubles are stored with {@link Double#toString}, so
 * the view comes back bit for bit. A missing, unreadable or partly invalid file is never an
 * error: whatever cannot be read falls back to the defaults.
 */
public record ViewerPrefs(Viewport view, RenderSettings settings, boolean ownershipOverlay, boolean logHistogram) {

    /** The file holds a dozen short lines; anything larger is not ours. */
    static final int MAX_BYTES = 64 << 10;

    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".mandelbrot", "viewer.properties");
    }

    /** Reads {@code file}; anything missing or invalid takes the value from {@code fallback}. */
    public static ViewerPrefs load(Path file, ViewerPrefs fallback) {
        Properties p = new Properties();
        try {
            // Bounded: whatever the file has become, it cannot fill the heap.
            p.load(new java.io.StringReader(new String(BoundedRead.bytes(file, MAX_BYTES), StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            return fallback;
        }
        Viewport view = fallback.view();
        try {
            view = new Viewport(dbl(p, "view.xMin"), dbl(p, "view.xMax"), dbl(p, "view.yMin"), dbl(p, "view.yMax"),
                    Integer.parseInt(p.getProperty("view.width")), Integer.parseInt(p.getProperty("view.height")));
        } catch (RuntimeException e) {
            // keep the fallback view
        }
        RenderSettings s = fallback.settings();
        try {
            s = new RenderSettings(
                    KernelChoice.parse(p.getProperty("kernel")),
                    Schedule.parse(p.getProperty("schedule")),
                    Math.min(Integer.parseInt(p.getProperty("threads")), RenderSettings.maxThreads()),
                    Integer.parseInt(p.getProperty("partitionFactor")),
                    Integer.parseInt(p.getProperty("maxIter")),
                    Palette.parse(p.getProperty("palette")),
                    Boolean.parseBoolean(p.getProperty("smooth")),
                    Precision.parse(p.getProperty("precision", Precision.AUTO.label())));
        } catch (RuntimeException e) {
            // keep the fallback settings
        }
        boolean overlay = Boolean.parseBoolean(p.getProperty("overlay", Boolean.toString(fallback.ownershipOverlay())));
        boolean log = Boolean.parseBoolean(p.getProperty("logHistogram", Boolean.toString(fallback.logHistogram())));
        return new ViewerPrefs(view, s, overlay, log);
    }

    /** Writes the file atomically, creating its folder. */
    public void save(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("view.xMin", Double.toString(view.xMin()));
        p.setProperty("view.xMax", Double.toString(view.xMax()));
        p.setProperty("view.yMin", Double.toString(view.yMin()));
        p.setProperty("view.yMax", Double.toString(view.yMax()));
        p.setProperty("view.width", Integer.toString(view.width()));
        p.setProperty("view.height", Integer.toString(view.height()));
        p.setProperty("kernel", settings.kernel().id());
        p.setProperty("schedule", settings.schedule().id());
        p.setProperty("threads", Integer.toString(settings.threads()));
        p.setProperty("partitionFactor", Integer.toString(settings.partitionFactor()));
        p.setProperty("maxIter", Integer.toString(settings.maxIter()));
        p.setProperty("palette", settings.palette().id());
        p.setProperty("smooth", Boolean.toString(settings.smooth()));
        p.setProperty("precision", settings.precision().label());
        p.setProperty("overlay", Boolean.toString(ownershipOverlay));
        p.setProperty("logHistogram", Boolean.toString(logHistogram));
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.write(file, out -> {
            java.io.Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            p.store(w, "mandelbrot viewer: last view and settings");
            w.flush(); // not closed: the stream belongs to AtomicFile
        });
    }

    private static double dbl(Properties p, String key) {
        return Double.parseDouble(p.getProperty(key));
    }
}
