/**
 * The load-imbalance model: a frame's measured per-row costs ({@link dev.mandel.simulate.RowCosts})
 * replayed on N virtual workers under static bands, cyclic rows and over-partitioned work stealing
 * ({@link dev.mandel.simulate.Simulator}, {@link dev.mandel.simulate.Sweep}), a chart of the sweep
 * (drawn by the command-line module's {@code chart.SweepChart}), and the quick in-process measurements that check the
 * model against this machine ({@link dev.mandel.simulate.Validation},
 * {@link dev.mandel.simulate.FourSteps}). The model's assumptions are listed on {@code Simulator}.
 */
package dev.mandel.simulate;
