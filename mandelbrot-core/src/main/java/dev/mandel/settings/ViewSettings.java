package dev.mandel.settings;

import dev.mandel.view.Viewport;

/**
 * What to render where double precision resolves the view: the view (plane region and pixel grid)
 * and its iteration limit, with a short label for summaries ({@code "mojo"},
 * {@code "region -2,1,-1,1"}).
 */
public record ViewSettings(Viewport view, int maxIter, String label) implements RequestedView {

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
