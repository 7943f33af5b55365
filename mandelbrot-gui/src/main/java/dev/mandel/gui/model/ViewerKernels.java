package dev.mandel.gui.model;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.kernel.EscapeKernel;
import dev.mandel.kernel.InterleaveCalibration;
import dev.mandel.kernel.KernelProvider;

/**
 * The viewer's kernels, chosen without measuring anything: the vector kernel's interleave is
 * calibrated once per machine by the command line (a measurement that took over 20 s with a cold
 * JIT on a busy machine, and held the window back that long when the viewer ran it at start-up).
 * Until that answer is cached the viewer renders with a provisional interleave; once it is cached,
 * the next renderer takes the calibrated one.
 */
public final class ViewerKernels {

    /** Used until the calibration is cached: the interleave the kernel had before it was calibrated. */
    static final int PROVISIONAL_INTERLEAVE = 4;

    private ViewerKernels() {
    }

    /** The interleave a kernel made now would use: the calibrated one, or the provisional one. */
    public static int interleave(KernelChoice choice) {
        if (choice == KernelChoice.SCALAR || !KernelProvider.vectorUsable()) {
            return 0;
        }
        return InterleaveCalibration.cached().orElse(PROVISIONAL_INTERLEAVE);
    }

    /** The kernel for {@code choice}, without measuring anything. */
    public static EscapeKernel forChoice(KernelChoice choice) {
        return KernelProvider.forChoice(choice, interleave(choice));
    }
}
