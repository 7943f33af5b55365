package dev.mandel.gui.classroom;

import dev.mandel.view.Preset;
import dev.mandel.view.ViewMath;
import dev.mandel.view.Viewport;

import java.util.Locale;

/**
 * What the classroom times, which is not simply the picture on screen. A preset on screen is
 * measured at its own framing, size and iteration limit (the classroom preset is 960 x 960 at 1000
 * iterations, framed so two static bands are badly imbalanced). Any other view is measured at a
 * multiple of its on-screen size with at least {@code minPixels} pixels, same region. Why: opening the
 * classroom tab narrows the picture to about 530 x 630 pixels, and there a sequential frame took 5 ms,
 * so a few milliseconds of thread wake-up decided every speedup and the measured one contradicted the
 * simulator (0.94x against 2.00x).
 *
 * @param description what was measured, for the notes under the results
 */
record MeasuredView(Viewport view, int maxIter, String description) {

    /** The classroom preset's pixel count: frames of tens of milliseconds on a laptop core. */
    static final long DEFAULT_MIN_PIXELS = 960L * 960;
    /** No measured view grows past this edge, whatever the budget. */
    static final int MAX_EDGE = 4096;

    static MeasuredView choose(Viewport onScreen, int maxIter, Preset preset, long minPixels) {
        if (preset != null && minPixels > 0) {
            Viewport v = preset.view();
            return new MeasuredView(v, maxIter, String.format(Locale.ROOT,
                    "the %s preset at its own framing: %d×%d pixels, %d iterations (not the %d×%d picture on screen)",
                    preset.id(), v.width(), v.height(), maxIter, onScreen.width(), onScreen.height()));
        }
        if (onScreen.pixels() >= minPixels) {
            return new MeasuredView(onScreen, maxIter, String.format(Locale.ROOT,
                    "this view as on screen: %d×%d pixels, %d iterations", onScreen.width(), onScreen.height(), maxIter));
        }
        int k = (int) Math.ceil(Math.sqrt((double) minPixels / onScreen.pixels()));
        k = Math.max(1, Math.min(k, MAX_EDGE / Math.max(onScreen.width(), onScreen.height())));
        Viewport v = ViewMath.resize(onScreen, onScreen.width() * k, onScreen.height() * k);
        return new MeasuredView(v, maxIter, String.format(Locale.ROOT,
                "this view's region at %d× the on-screen size: %d×%d pixels, %d iterations (the %d×%d picture "
                        + "makes frames too short to time)",
                k, v.width(), v.height(), maxIter, onScreen.width(), onScreen.height()));
    }
}
