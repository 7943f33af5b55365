package dev.mandel.gui.classroom;

import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.kernel.PrecisionKernels;
import dev.mandel.view.Viewport;

/**
 * What the classroom's sections share: the explorer's model, the one background thread all timing
 * and simulating runs on ({@link Background}, never the FX thread), the warm-ups and repetitions
 * per setting, and the bench for the current view.
 */
final class ClassroomLab {

    final ExplorerModel model;
    final Background background;
    final int warmups;
    final int reps;
    final int cores = Runtime.getRuntime().availableProcessors();

    private ClassroomBench bench;
    private Object benchKey;

    ClassroomLab(ExplorerModel model, Background background, int warmups, int reps) {
        this.model = model;
        this.background = background;
        this.warmups = warmups;
        this.reps = reps;
    }

    /**
     * One bench per view, iteration limit, kernel and precision: its sequential baseline is measured
     * once. It runs the kernel the explorer shows (same precision), so the simulated row costs are
     * the shown frame's.
     */
    ClassroomBench bench() {
        Viewport v = model.viewport();
        RenderSettings s = model.settings();
        Object key = java.util.List.of(v, s.maxIter(), s.kernel(), s.precision());
        if (bench == null || !key.equals(benchKey)) {
            bench = new ClassroomBench(v, s.maxIter(), PrecisionKernels.forChoice(s.kernel(), s.precision()), warmups, reps, cores);
            benchKey = key;
        }
        return bench;
    }
}
