package dev.mandel.gui.view;

import javafx.scene.paint.Color;

/**
 * One colour per worker, shared by the ownership overlay, the histogram and the timeline so a
 * worker is the same colour everywhere. The first eight are hand-picked to be told apart on the
 * dark theme (and by most colour-blind readers); beyond that hues step by the golden angle.
 */
public final class WorkerColors {

    private static final Color[] FIRST = {
        Color.web("#4e9cf5"), Color.web("#f5a623"), Color.web("#3ec78b"), Color.web("#e8566c"),
        Color.web("#b18cf2"), Color.web("#f2e15c"), Color.web("#3fd0d8"), Color.web("#f08ad1"),
    };

    private WorkerColors() {
    }

    public static Color of(int worker) {
        if (worker < FIRST.length) {
            return FIRST[Math.max(worker, 0)];
        }
        return Color.hsb((worker * 137.508) % 360, 0.6, 0.95);
    }
}
