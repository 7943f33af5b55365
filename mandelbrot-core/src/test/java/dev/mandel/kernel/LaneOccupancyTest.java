package dev.mandel.kernel;

import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaneOccupancyTest {

    private static int[] scalarCounts(Viewport v, int maxIter) {
        int[] counts = new int[v.width() * v.height()];
        ScalarKernel k = new ScalarKernel();
        for (int r = 0; r < v.height(); r++) {
            k.row(v, r, maxIter, counts, r * v.width());
        }
        return counts;
    }

    @Test
    void countsEqualTheScalarKernelAtAwkwardWidths() {
        for (int interleave = 1; interleave <= KernelProvider.MAX_INTERLEAVE; interleave++) {
            for (int w : new int[] {1, 7, 8, 9, 13, 17, 63, 100}) {
                Viewport v = Preset.SEAHORSE.view(w, 5);
                LaneOccupancy occ = LaneOccupancy.measure(v, 300, interleave);
                assertArrayEquals(scalarCounts(v, 300), occ.counts(), "width " + w + ", interleave " + interleave);
            }
        }
    }

    /**
     * The twin's step counting agrees with the block structure and the kernel's escape-check
     * cadence worked out from the counts alone: full blocks of {@code interleave} vectors, then one
     * block for the rest of the row; a block whose slowest lane escapes at step M runs until the
     * first check at a multiple of 8 steps not below M + 1, or to {@code maxIter}, and does count
     * useful lane-steps.
     */
    @Test
    void laneStepsFollowFromTheBlockLayoutAndTheCheckCadence() {
        int lanes = KernelProvider.vectorLanes();
        for (int interleave = 1; interleave <= KernelProvider.MAX_INTERLEAVE; interleave++) {
            for (int maxIter : new int[] {500, 13, 8, 3}) {
                Viewport v = Preset.MOJO.view(37, 6);
                LaneOccupancy occ = LaneOccupancy.measure(v, maxIter, interleave);
                int[] c = occ.counts();
                for (int r = 0; r < v.height(); r++) {
                    long active = 0;
                    long issued = 0;
                    for (int i = 0; i < v.width(); ) {
                        int vectors = Math.min(interleave, (v.width() - i + lanes - 1) / lanes);
                        int end = Math.min(i + vectors * lanes, v.width());
                        int max = 0;
                        for (int p = i; p < end; p++) {
                            max = Math.max(max, c[r * v.width() + p]);
                            active += c[r * v.width() + p];
                        }
                        int steps = blockSteps(max, maxIter);
                        for (int p = i; p < end; p++) {
                            assertEquals(steps - c[r * v.width() + p], occ.wastedLaneSteps()[r * v.width() + p]);
                        }
                        issued += (long) steps * vectors * lanes;
                        i += vectors * lanes;
                    }
                    assertEquals(active, occ.activeLaneSteps(r), "row " + r + ", max-iter " + maxIter);
                    assertEquals(issued, occ.issuedLaneSteps(r), "row " + r + ", max-iter " + maxIter);
                }
            }
        }
    }

    /** Steps a block runs when its slowest lane counted {@code max}. */
    private static int blockSteps(int max, int maxIter) {
        if (max >= maxIter) {
            return maxIter;
        }
        return Math.min(maxIter, (max + 1 + 7) / 8 * 8); // the first check after the last escape
    }

    @Test
    void theCadenceMakesOccupancyLowerThanPerStepExits() {
        // Every pixel escapes at n = 1: a per-step exit would issue 2 steps, the kernel issues 8.
        Viewport far = new Viewport(10, 11, 10, 11, 16, 1);
        LaneOccupancy occ = LaneOccupancy.measure(far, 100, 1);
        assertEquals(16, occ.activeLaneSteps(0));
        assertEquals(8L * ((16 + KernelProvider.vectorLanes() - 1) / KernelProvider.vectorLanes())
                * KernelProvider.vectorLanes(), occ.issuedLaneSteps(0));
    }

    @Test
    void uniformEscapeWastesOnlyTheStepsBeforeTheCheck() {
        int lanes = KernelProvider.vectorLanes();
        // Far outside radius 2: every pixel escapes at n = 1, all lanes together; the block runs to the
        // first check, 8 steps, so 1 of 8 lane-steps is useful and every lane waits 7.
        Viewport far = new Viewport(10, 11, 10, 11, 4 * lanes * 3, 3);
        LaneOccupancy occ = LaneOccupancy.measure(far, 100, 4);
        for (int r = 0; r < far.height(); r++) {
            assertEquals(1.0 / 8, occ.rowOccupancy(r));
        }
        for (int w : occ.wastedLaneSteps()) {
            assertEquals(7, w);
        }
    }

    @Test
    void divergentRowsWasteLanes() {
        // The middle row of the full set crosses the interior: lanes at maxIter next to lanes that escape early.
        Viewport v = Preset.FULL.view(64, 9);
        LaneOccupancy occ = LaneOccupancy.measure(v, 200, 2);
        double middle = occ.rowOccupancy(4);
        assertTrue(middle < 0.9 && middle > 0, "occupancy " + middle);
        assertTrue(occ.occupancy() < 1.0);
        int wastedSum = 0;
        for (int w : occ.wastedLaneSteps()) {
            wastedSum += w;
        }
        assertTrue(wastedSum > 0);
    }

    @Test
    void tailLanesCountAsIdle() {
        int lanes = KernelProvider.vectorLanes();
        if (lanes == 1) {
            return; // no partial vectors without SIMD
        }
        Viewport far = new Viewport(10, 11, 10, 11, lanes + 1, 1);
        LaneOccupancy occ = LaneOccupancy.measure(far, 100, 1);
        // Interleave 1: one full vector and one tail vector with a single live lane, 8 steps each.
        assertEquals(lanes + 1, occ.activeLaneSteps(0));
        assertEquals(2L * lanes * 8, occ.issuedLaneSteps(0));
    }

    @Test
    void rejectsBadInterleave() {
        assertThrows(IllegalArgumentException.class, () -> LaneOccupancy.measure(Preset.FULL.view(8, 2), 10, 9));
        assertThrows(IllegalArgumentException.class, () -> LaneOccupancy.measure(Preset.FULL.view(8, 2), 0, 2));
    }
}
