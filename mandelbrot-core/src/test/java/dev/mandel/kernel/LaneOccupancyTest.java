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
        for (int interleave : new int[] {1, 2, 4}) {
            for (int w : new int[] {1, 7, 8, 9, 13, 17, 63, 100}) {
                Viewport v = Preset.SEAHORSE.view(w, 5);
                LaneOccupancy occ = LaneOccupancy.measure(v, 300, interleave);
                assertArrayEquals(scalarCounts(v, 300), occ.counts(), "width " + w + ", interleave " + interleave);
            }
        }
    }

    /**
     * The twin's step counting agrees with the block structure worked out from the counts alone:
     * a block runs max(count) steps over all its lanes, and does count useful lane-steps.
     */
    @Test
    void laneStepsFollowFromTheBlockLayout() {
        int lanes = KernelProvider.vectorLanes();
        for (int interleave : new int[] {1, 2, 4}) {
            Viewport v = Preset.MOJO.view(37, 6);
            int maxIter = 500;
            LaneOccupancy occ = LaneOccupancy.measure(v, maxIter, interleave);
            int[] c = occ.counts();
            for (int r = 0; r < v.height(); r++) {
                long active = 0;
                long issued = 0;
                int i = 0;
                for (int g = interleave; g >= 1; g /= 2) {
                    while (i + g * lanes <= v.width() || (g == 1 && i < v.width())) {
                        int end = Math.min(i + g * lanes, v.width());
                        int max = 0;
                        for (int p = i; p < end; p++) {
                            max = Math.max(max, c[r * v.width() + p]);
                            active += c[r * v.width() + p];
                        }
                        for (int p = i; p < end; p++) {
                            assertEquals(max - c[r * v.width() + p], occ.wastedLaneSteps()[r * v.width() + p]);
                        }
                        issued += (long) max * g * lanes;
                        i += g * lanes;
                    }
                }
                assertEquals(active, occ.activeLaneSteps(r), "row " + r);
                assertEquals(issued, occ.issuedLaneSteps(r), "row " + r);
            }
        }
    }

    @Test
    void uniformEscapeFillsEveryLane() {
        int lanes = KernelProvider.vectorLanes();
        // Far outside radius 2: every pixel escapes at n = 1, all lanes together.
        Viewport far = new Viewport(10, 11, 10, 11, 4 * lanes * 3, 3);
        LaneOccupancy occ = LaneOccupancy.measure(far, 100, 4);
        for (int r = 0; r < far.height(); r++) {
            assertEquals(1.0, occ.rowOccupancy(r));
        }
        assertEquals(1.0, occ.occupancy());
        for (int w : occ.wastedLaneSteps()) {
            assertEquals(0, w);
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
        // One full vector (lanes x 1 step) and one tail vector with a single live lane.
        assertEquals(lanes + 1, occ.activeLaneSteps(0));
        assertEquals(2L * lanes, occ.issuedLaneSteps(0));
    }

    @Test
    void rejectsBadInterleave() {
        assertThrows(IllegalArgumentException.class, () -> LaneOccupancy.measure(Preset.FULL.view(8, 2), 10, 3));
        assertThrows(IllegalArgumentException.class, () -> LaneOccupancy.measure(Preset.FULL.view(8, 2), 0, 2));
    }
}
