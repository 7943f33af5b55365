package dev.mandel.simulate;

import dev.mandel.schedule.Schedule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-worked replays (the arithmetic is in the comments) and the model's invariants. */
class SimulatorTest {

    private static RowCosts costs(double... c) {
        return RowCosts.of(RowCosts.Unit.ITERATIONS, c);
    }

    @Test
    void expensiveLastRowOnTwoWorkers() {
        RowCosts c = costs(1, 1, 1, 10);
        // static: bands [1,1] = 2 and [1,10] = 11.
        SimResult st = Simulator.run(c, Policy.STATIC, 2, 1);
        assertEquals(11, st.makespan());
        assertArrayEquals(new double[] {2, 11}, st.busy());
        assertEquals(13.0 / 11, st.speedup(), 1e-12);
        assertEquals(13.0 / 22, st.efficiency(), 1e-12);
        assertEquals(9.0 / 22, st.idleShare(), 1e-12);
        assertEquals(22.0 / 13, st.loadBalance(), 1e-12);
        // cyclic: worker 0 rows 0,2 = 2; worker 1 rows 1,3 = 11.
        SimResult cy = Simulator.run(c, Policy.CYCLIC, 2, 1);
        assertEquals(11, cy.makespan());
        assertArrayEquals(new double[] {2, 11}, cy.busy());
        // stealing F=2, one row per chunk: w0 [0,1], w1 [0,1], w0 [1,2] (tie -> lower id), w1 [1,11].
        SimResult ws = Simulator.run(c, Policy.STEALING, 2, 2);
        assertEquals(11, ws.makespan());
        assertEquals(List.of(new SimTask(0, 1, 0, 0, 1), new SimTask(1, 2, 1, 0, 1),
                new SimTask(2, 3, 0, 1, 2), new SimTask(3, 4, 1, 1, 11)), ws.timeline());
    }

    @Test
    void overPartitioningFixesAHeavyTopBand() {
        RowCosts c = costs(4, 4, 1, 1, 1, 1);
        // static: [4,4,1] = 9 against [1,1,1] = 3.
        assertEquals(9, Simulator.run(c, Policy.STATIC, 2, 1).makespan());
        // cyclic: rows 0,2,4 = 6 and rows 1,3,5 = 6.
        assertEquals(6, Simulator.run(c, Policy.CYCLIC, 2, 1).makespan());
        // F=1 is the static cut.
        assertEquals(9, Simulator.run(c, Policy.STEALING, 2, 1).makespan());
        // F=2: chunks of 2,2,1,1 rows cost 8,2,1,1: w0 takes 8, w1 takes 2, then 1, then 1 -> 8.
        SimResult f2 = Simulator.run(c, Policy.STEALING, 2, 2);
        assertEquals(8, f2.makespan());
        assertArrayEquals(new double[] {8, 4}, f2.busy());
        // F=3: single rows: w0 4, w1 4, then the four 1s alternate -> 6, perfect balance.
        SimResult f3 = Simulator.run(c, Policy.STEALING, 2, 3);
        assertEquals(6, f3.makespan());
        assertEquals(2.0, f3.speedup(), 1e-12);
        assertEquals(0.0, f3.idleShare(), 1e-12);
        assertEquals(1.0, f3.loadBalance(), 1e-12);
        assertEquals(6, f3.tasks());
    }

    @Test
    void oneWorkerDoesEverythingWhateverThePolicy() {
        RowCosts c = costs(3, 0, 7, 2, 5);
        for (Policy p : Policy.values()) {
            SimResult r = Simulator.run(c, p, 1, 4);
            assertEquals(17, r.makespan(), p.id());
            assertEquals(1.0, r.speedup(), 1e-12);
            assertEquals(1.0, r.efficiency(), 1e-12);
        }
    }

    @Test
    void moreWorkersThanRowsLeavesSomeIdle() {
        RowCosts c = costs(1, 2, 3);
        SimResult st = Simulator.run(c, Policy.STATIC, 5, 1);
        assertEquals(3, st.makespan());
        assertArrayEquals(new double[] {1, 2, 3, 0, 0}, st.busy());
        assertEquals(2.0, st.speedup(), 1e-12);
        assertEquals(0.4, st.efficiency(), 1e-12);
        SimResult ws = Simulator.run(c, Policy.STEALING, 5, 4);
        assertEquals(3, ws.tasks(), "never more tasks than rows");
        assertEquals(3, ws.makespan());
    }

    @Test
    void freeRowsCostNothing() {
        SimResult r = Simulator.run(costs(0, 0, 0), Policy.STEALING, 2, 2);
        assertEquals(0, r.makespan());
        assertEquals(1.0, r.speedup());
        assertEquals(0.0, r.idleShare());
        assertEquals(1.0, r.loadBalance());
    }

    @Test
    void realSchedulesMapToTheirModels() {
        RowCosts c = costs(4, 4, 1, 1, 1, 1);
        assertEquals(12, Simulator.run(c, Schedule.SEQUENTIAL, 2, 16).makespan(), "sequential uses one worker");
        assertEquals(9, Simulator.run(c, Schedule.STATIC, 2, 16).makespan(), "static ignores the factor");
        assertEquals(8, Simulator.run(c, Schedule.FORKJOIN, 2, 2).makespan());
    }

    @Test
    void greedyStaysWithinTheListSchedulingBounds() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            double[] c = new double[1 + rnd.nextInt(300)];
            for (int r = 0; r < c.length; r++) {
                c[r] = rnd.nextInt(4) == 0 ? rnd.nextDouble() * 1000 : rnd.nextDouble();
            }
            RowCosts costs = RowCosts.of(RowCosts.Unit.NANOSECONDS, c);
            int n = 1 + rnd.nextInt(40);
            int f = 1 + rnd.nextInt(32);
            SimResult r = Simulator.run(costs, Policy.STEALING, n, f);
            double largestChunk = r.timeline().stream().mapToDouble(SimTask::duration).max().orElse(0);
            double mean = costs.total() / n;
            assertTrue(r.makespan() >= Math.max(mean, costs.max()) * (1 - 1e-12), "lower bound");
            assertTrue(r.makespan() <= mean + largestChunk * (1 + 1e-12), "greedy bound");
            double busy = 0;
            for (double b : r.busy()) {
                busy += b;
            }
            assertEquals(costs.total(), busy, 1e-9 * costs.total(), "work is conserved");
            SimResult again = Simulator.run(costs, Policy.STEALING, n, f);
            assertEquals(r.timeline(), again.timeline(), "deterministic");
            assertArrayEquals(r.busy(), again.busy());
            for (Policy p : Policy.values()) {
                SimResult any = Simulator.run(costs, p, n, f);
                assertTrue(any.speedup() <= n * (1 + 1e-12) && any.speedup() >= 1 - 1e-12);
            }
        }
    }

    @Test
    void rejectsImpossibleSettings() {
        RowCosts c = costs(1, 2);
        assertThrows(IllegalArgumentException.class, () -> Simulator.run(c, Policy.STATIC, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Simulator.run(c, Policy.STEALING, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> RowCosts.of(RowCosts.Unit.ITERATIONS));
        assertThrows(IllegalArgumentException.class, () -> RowCosts.of(RowCosts.Unit.ITERATIONS, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> RowCosts.of(RowCosts.Unit.ITERATIONS, Double.NaN));
    }

    @Test
    void sweepHoldsEveryCombination() {
        RowCosts c = costs(4, 4, 1, 1, 1, 1);
        Sweep s = Sweep.of(c, new int[] {1, 2}, new int[] {1, 2, 3});
        assertEquals(9, s.staticBands(1).makespan());
        assertEquals(6, s.cyclic(1).makespan());
        assertEquals(8, s.stealing(1, 1).makespan());
        assertEquals(3, s.bestStealing(1).factor());
        assertEquals(12, s.stealing(0, 2).makespan());
    }
}
