/**
 * A measured frame without its pixels (view, settings, per-row costs, task trace, machine) saved
 * as versioned JSON and loaded back with one-line errors: {@link dev.mandel.session.Session},
 * the command-line module's {@code json.SessionFile}.
 */
package dev.mandel.session;
