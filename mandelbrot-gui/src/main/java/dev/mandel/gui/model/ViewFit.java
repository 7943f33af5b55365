package dev.mandel.gui.model;

import dev.mandel.view.ViewMath;
import dev.mandel.view.Viewport;

/** Fitting a region of the plane onto the viewer's pixel grid with square pixels. */
public final class ViewFit {

    private ViewFit() {
    }

    /**
     * The smallest square-pixel view of {@code width x height} that shows the whole region of
     * {@code v} (centred): a preset keeps everything it is about, whatever the window's shape.
     */
    public static Viewport contain(Viewport v, int width, int height) {
        double span = Math.max(v.spanRe(), v.spanIm() * width / height);
        return Viewport.centered(v.centerRe(), v.centerIm(), span, width, height);
    }

    /**
     * {@code v} on a {@code width x height} grid: itself when the size already matches (history
     * must give back exactly what was shown), otherwise same centre and horizontal span.
     */
    public static Viewport onGrid(Viewport v, int width, int height) {
        if (v.width() == width && v.height() == height) {
            return v;
        }
        return ViewMath.resize(v, width, height);
    }
}
