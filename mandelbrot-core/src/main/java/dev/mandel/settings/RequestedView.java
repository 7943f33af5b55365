package dev.mandel.settings;

/**
 * A view someone asked to render: one double precision resolves ({@link ViewSettings}) or a deeper
 * one that needs the deep path ({@link DeepViewSettings}).
 */
public sealed interface RequestedView permits ViewSettings, DeepViewSettings {

    /** A short description for summaries. */
    String label();
}
