/**
 * The settings model every front end shares: what to render ({@link dev.mandel.settings.RequestedView},
 * a {@link dev.mandel.settings.ViewSettings} or a {@link dev.mandel.settings.DeepViewSettings}), how
 * to compute it
 * ({@link dev.mandel.settings.EngineSettings}) and how to colour it
 * ({@link dev.mandel.settings.ColourSettings}). Each value type parses its own text form
 * ({@code KernelChoice.parse}, {@code Schedule.parse}, {@code Palette.parse}, {@code ImageSize.parse}
 * ...), so the command line's converters and the viewer's options read them alike.
 */
package dev.mandel.settings;
