package dev.mandel.gui;

import dev.mandel.gui.model.KernelWarmup;
import dev.mandel.gui.model.ViewerKernels;
import dev.mandel.kernel.KernelProvider;
import javafx.application.Application;

/**
 * Entry point of the viewer. A plain main (not the {@link Application} subclass itself) so the
 * launcher can start it from the class path with JavaFX on the module path.
 */
public final class ViewerMain {

    private ViewerMain() {
    }

    public static void main(String[] args) {
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
        if (options.jitWarmup) {
            // Before launch: JavaFX takes most of a second to bring up its window, time the JIT can use.
            // The kernel the viewer will render with: never a calibration run (see ViewerKernels).
            KernelProvider.Choice choice = options.kernelChoice();
            ViewerApp.warmup = KernelWarmup.start(() -> ViewerKernels.forChoice(choice));
        }
        Application.launch(ViewerApp.class, args);
    }
}
