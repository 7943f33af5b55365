package dev.mandel.gui.classroom;

import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.kernel.PrecisionKernels;

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
    /** Smallest measured frame in pixels (see {@link MeasuredView}); 0 measures the picture on screen. */
    final long minPixels;

    private ClassroomBench bench;
    private Object benchKey;

    ClassroomLab(ExplorerModel model, Background background, int warmups, int reps, long minPixels) {
        this.model = model;
        this.minPixels = minPixels;
        this.background = background;
        this.warmups = warmups;
        this.reps = reps;
    }

    /** What the next measurement will time. */
    MeasuredView measured() {
        return MeasuredView.choose(model.viewport(), model.settings().maxIter(), model.presetProperty().get(), minPixels);
    }

    /**
     * One bench per measured view, iteration limit, kernel and precision: its sequential baseline is
     * measured once. It runs the kernel the explorer shows (same precision), so the simulated row
     * costs are those of the shown frame's kernel.
     */
    ClassroomBench bench() {
        MeasuredView m = measured();
        RenderSettings s = model.settings();
        Object key = java.util.List.of(m.view(), m.maxIter(), s.kernel(), s.precision());
        if (bench == null || !key.equals(benchKey)) {
            bench = new ClassroomBench(m.view(), m.maxIter(), PrecisionKernels.forChoice(s.kernel(), s.precision(),
                    dev.mandel.gui.model.ViewerKernels.interleave(s.kernel())), warmups, reps, cores);
            benchKey = key;
            description = m.description();
        }
        return bench;
    }

    /** What the current bench measures, in words. */
    String description() {
        return description;
    }

    private String description = "";
}
