package dev.mandel.simulate;

import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.render.TaskTrace;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Preset;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RowCostsTest {

    private static Frame render(int threads, int factor) {
        try (Renderer r = new Renderer(new ScalarKernel(), threads)) {
            return r.render(RenderRequest.of(Preset.MOJO.view(48, 32), 200).withSchedule(Schedule.FORKJOIN, factor));
        }
    }

    @Test
    void iterationCostsAreTheRowTotals() {
        Frame f = render(2, 4);
        RowCosts c = RowCosts.iterations(f);
        assertEquals(RowCosts.Unit.ITERATIONS, c.unit());
        for (int r = 0; r < f.rows(); r++) {
            assertEquals(f.rowTotals()[r], c.cost(r));
        }
        assertEquals(f.totalIterations(), c.total());
    }

    @Test
    void taskTimeIsSpreadOverItsRowsByIterations() {
        Frame f = render(1, 2); // 2 tasks of 16 rows
        RowCosts ns = RowCosts.nanoseconds(f);
        TaskTrace trace = f.trace();
        assertEquals(2, trace.tasks());
        for (int t = 0; t < trace.tasks(); t++) {
            double sum = 0;
            for (int r = trace.firstRow(t); r <= trace.lastRow(t); r++) {
                sum += ns.cost(r);
                // Same time per iteration for every row of a task.
                assertEquals(trace.durationNanos(t) * (double) f.rowTotals()[r] / trace.iterations(t), ns.cost(r),
                        1e-6 * trace.durationNanos(t));
            }
            assertEquals(trace.durationNanos(t), sum, 1e-6 * trace.durationNanos(t));
        }
    }

    @Test
    void medianIsPerRow() {
        RowCosts a = RowCosts.of(RowCosts.Unit.NANOSECONDS, 1, 10, 5);
        RowCosts b = RowCosts.of(RowCosts.Unit.NANOSECONDS, 3, 20, 4);
        RowCosts c = RowCosts.of(RowCosts.Unit.NANOSECONDS, 2, 90, 6);
        assertArrayEquals(new double[] {2, 20, 5}, RowCosts.median(a, b, c).toArray());
        assertArrayEquals(new double[] {2, 15, 4.5}, RowCosts.median(a, b).toArray());
    }
}
