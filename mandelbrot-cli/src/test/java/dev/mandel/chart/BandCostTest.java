package dev.mandel.chart;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BandCostTest {

    @Test
    void cutsRowsLikeTheStaticSchedule() {
        long[] rows = {1, 1, 1, 1, 10, 10, 10};   // 7 rows into 2 bands: 4 + 3
        BandCost cost = BandCost.of(rows, 2);
        assertEquals(2, cost.bands());
        assertEquals(0, cost.firstRow(0));
        assertEquals(4, cost.endRow(0));
        assertEquals(4, cost.iterations(0));
        assertEquals(30, cost.iterations(1));
        assertEquals(4 / 34.0, cost.share(0), 1e-12);
        assertEquals(30 * 2 / 34.0, cost.imbalance(), 1e-12);
    }

    @Test
    void evenCostIsBalancedAndBandsNeverOutnumberRows() {
        assertEquals(1.0, BandCost.of(new long[] {5, 5, 5, 5}, 4).imbalance(), 1e-12);
        assertEquals(3, BandCost.of(new long[] {1, 2, 3}, 8).bands());
        assertEquals(1.0, BandCost.of(new long[] {7, 9}, 1).imbalance(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> BandCost.of(new long[] {1}, 0));
    }
}
