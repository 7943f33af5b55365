/**
 * A measured frame without its pixels (machine, per-row costs, and its trace: view, settings, task
 * records) saved as versioned JSON and loaded back with one-line errors:
 * {@link dev.mandel.session.Session}, embedding the one trace schema
 * {@link dev.mandel.session.TraceRecord} that a {@code --trace} JSON file holds too; the
 * command-line module's {@code json.SessionFile} and {@code json.TraceWriter} read and write them.
 */
package dev.mandel.session;
