package dev.mandel.settings;

import dev.mandel.view.Viewport;

/**
 * What to render: a view (plane region and pixel grid) and its iteration limit, with a short label
 * for summaries ({@code "mojo"}, {@code "center -0.75,0.1 span 0.01"}).
 */
public record ViewSettings(Viewport view, int maxIter, String label) {

    public ViewSettings {
        if (view == null) {
            throw new IllegalArgumentException("a view is required");
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException("max iterations must be at least 1, got " + maxIter);
        }
        label = label == null || label.isBlank() ? "view" : label;
    }
}
