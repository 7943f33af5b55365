/**
 * Classroom mode: a side tab of the viewer for teaching load imbalance and vectorisation.
 *
 * <p>{@link dev.mandel.gui.classroom.ClassroomBench} does the measuring and the simulating (plain
 * Java, never on the FX thread); {@link dev.mandel.gui.classroom.ClassroomPane} lays out the
 * predict-then-measure panel, the static-vs-over-partitioned A/B timelines, the sweep charts, the
 * cost-map toggle, the SIMD lane-occupancy bar and session save/load. Everything a pane shows comes
 * from a real render of the current view on this machine or from {@code dev.mandel.simulate}'s
 * model fed with costs measured from such a render.
 */
package dev.mandel.gui.classroom;
