package dev.mandel.gui;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.gui.model.KernelWarmup;
import dev.mandel.gui.model.ViewerKernels;
import dev.mandel.io.DirectStderr;
import javafx.application.Application;

import java.util.Locale;

/**
 * Entry point of the viewer. A plain main (not the {@link Application} subclass itself) so the
 * launcher can start it from the class path with JavaFX on the module path.
 *
 * <p>Every way it can fail before a window exists is one line and a non-zero exit: bad options
 * (2), no display or a toolkit that will not start (1), a snapshot that could not be written (1).
 */
public final class ViewerMain {

    private ViewerMain() {
    }

    public static void main(String[] args) {
        DirectStderr.install();
        ViewerOptions options;
        try {
            options = ViewerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.helpRequested) {
            System.out.print(options.usage);
            return;
        }
        String noDisplay = missingDisplay();
        if (noDisplay != null) {
            System.err.println("error: " + noDisplay);
            System.exit(1);
            return;
        }
        if (options.jitWarmup) {
            // Before launch: JavaFX takes most of a second to bring up its window, time the JIT can use.
            // The kernel the viewer will render with: never a calibration run (see ViewerKernels).
            KernelChoice choice = options.kernelChoice();
            ViewerApp.warmup = KernelWarmup.start(() -> ViewerKernels.forChoice(choice));
        }
        try {
            Application.launch(ViewerApp.class, args);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("error: the viewer could not start: " + cause.getMessage());
            System.exit(1);
            return;
        }
        System.exit(ViewerApp.exitCode());
    }

    /** Why no window can open here, or {@code null}: on Linux the toolkit needs an X or Wayland display. */
    static String missingDisplay() {
        String platform = System.getProperty("glass.platform", "");
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (!linux || !platform.isEmpty() && !platform.equalsIgnoreCase("gtk")) {
            return null;
        }
        if (isSet("DISPLAY") || isSet("WAYLAND_DISPLAY")) {
            return null;
        }
        return "the viewer needs a display, and neither DISPLAY nor WAYLAND_DISPLAY is set; run it on a desktop"
                + " or under xvfb-run, or write images with ./mandelbrot render";
    }

    private static boolean isSet(String variable) {
        String v = System.getenv(variable);
        return v != null && !v.isBlank();
    }
}
