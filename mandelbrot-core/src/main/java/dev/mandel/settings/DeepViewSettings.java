package dev.mandel.settings;

import dev.mandel.deep.DeepView;

/**
 * What to render beyond double precision (docs/deep-zoom.md): the exact decimal view and an
 * explicit iteration limit, or 0 for one chosen by depth ({@code auto}), with a label for summaries.
 */
public record DeepViewSettings(DeepView view, int maxIter, String label) implements RequestedView {

    public DeepViewSettings {
        if (view == null) {
            throw new IllegalArgumentException("a view is required");
        }
        if (maxIter < 0) {
            throw new IllegalArgumentException("max iterations must be at least 1 (or 0 for auto), got " + maxIter);
        }
        label = label == null || label.isBlank() ? "deep view" : label;
    }
}
