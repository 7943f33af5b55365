package dev.mandel.render;

import dev.mandel.kernel.KernelProvider;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A frame is the same whoever computes it: every schedule, thread count and partition factor gives
 * the scalar sequential reference, and the bookkeeping (row totals, trace) is exact.
 */
class RendererInvarianceTest {

    private static final Viewport VIEW = new Viewport(-2.0, 0.6, -1.3, 1.3, 61, 23);
    private static final int MAX_ITER = 250;
    private static Frame reference;

    @BeforeAll
    static void renderReference() {
        try (Renderer r = new Renderer(new ScalarKernel(), 1)) {
            reference = r.render(RenderRequest.of(VIEW, MAX_ITER).withSchedule(Schedule.SEQUENTIAL, 1));
        }
    }

    @Test
    void identicalUnderEveryScheduleThreadCountAndFactor() {
        for (int threads = 1; threads <= 8; threads++) {
            try (Renderer r = new Renderer(KernelProvider.best(), threads)) {
                for (Schedule s : Schedule.values()) {
                    int[] factors = s == Schedule.FORKJOIN ? IntStream.rangeClosed(1, VIEW.height()).toArray() : new int[] {1};
                    for (int f : factors) {
                        Frame frame = r.render(RenderRequest.of(VIEW, MAX_ITER).withSchedule(s, f));
                        String what = s + " threads=" + threads + " factor=" + f;
                        assertArrayEquals(reference.counts(), frame.counts(), what);
                        assertArrayEquals(reference.rowTotals(), frame.rowTotals(), what);
                        assertTraceCoversEveryRowOnce(frame, what);
                        assertEquals(s.taskCount(VIEW.height(), threads, f), frame.trace().tasks(), what);
                    }
                }
            }
        }
    }

    @Test
    void staticBandsRunOnDistinctWorkers() {
        for (int threads = 2; threads <= 4; threads++) {
            try (Renderer r = new Renderer(KernelProvider.best(), threads)) {
                for (int frame = 0; frame < 10; frame++) {
                    Frame f = r.render(RenderRequest.of(VIEW, MAX_ITER).withSchedule(Schedule.STATIC, 1));
                    java.util.Set<Integer> workers = new java.util.HashSet<>();
                    for (int t = 0; t < f.trace().tasks(); t++) {
                        workers.add(f.trace().worker(t));
                    }
                    assertEquals(threads, workers.size(), "one band per worker, threads=" + threads);
                    assertArrayEquals(reference.counts(), f.counts());
                }
            }
        }
    }

    @Test
    void aStaticTwoThreadTraceShowsTwoTasksOnTwoWorkers() {
        try (Renderer r = new Renderer(KernelProvider.best(), 2)) {
            for (int frame = 0; frame < 10; frame++) {
                TaskTrace trace = r.render(RenderRequest.of(VIEW, MAX_ITER).withSchedule(Schedule.STATIC, 1)).trace();
                assertEquals(2, trace.tasks());
                assertEquals(0, trace.worker(0), "band 0 on worker 0");
                assertEquals(1, trace.worker(1), "band 1 on worker 1");
            }
        }
    }

    @Test
    void rowTotalsAreRowSums() {
        for (int row = 0; row < reference.rows(); row++) {
            long sum = 0;
            for (int i = 0; i < reference.width(); i++) {
                sum += reference.count(i, row);
            }
            assertEquals(sum, reference.rowTotals()[row], "row " + row);
        }
        assertEquals(IntStream.of(reference.counts()).asLongStream().sum(), reference.totalIterations());
    }

    @Test
    void oneTaskPerRowWhenTheFactorIsLarge() {
        try (Renderer r = new Renderer(KernelProvider.best(), 2)) {
            Frame frame = r.render(RenderRequest.of(VIEW, MAX_ITER).withSchedule(Schedule.FORKJOIN, 10_000));
            assertEquals(VIEW.height(), frame.trace().tasks());
            for (int t = 0; t < frame.trace().tasks(); t++) {
                assertEquals(frame.trace().firstRow(t), frame.trace().lastRow(t));
            }
        }
    }

    @Test
    void traceIsConsistent() {
        try (Renderer r = new Renderer(KernelProvider.best(), 3)) {
            Frame frame = r.render(RenderRequest.of(VIEW, MAX_ITER).withSchedule(Schedule.FORKJOIN, 4));
            TaskTrace trace = frame.trace();
            long iterations = 0;
            for (int t = 0; t < trace.tasks(); t++) {
                assertTrue(trace.startNanos(t) >= 0 && trace.endNanos(t) >= trace.startNanos(t), "task " + t);
                assertTrue(trace.endNanos(t) <= frame.wallNanos(), "task " + t + " ends inside the frame");
                assertTrue(trace.worker(t) >= 0 && trace.worker(t) < 3, "dense worker ids");
                long rows = 0;
                for (int row = trace.firstRow(t); row <= trace.lastRow(t); row++) {
                    rows += frame.rowTotals()[row];
                }
                assertEquals(rows, trace.iterations(t), "task iterations are its rows' totals");
                iterations += trace.iterations(t);
            }
            assertEquals(frame.totalIterations(), iterations);
            assertTrue(frame.loadBalance() >= 1.0 && frame.loadBalance() <= 3.0);
            assertEquals(VIEW.height(), frame.trace().tasks() == 0 ? 0 : rowsCovered(trace));
        }
    }

    @Test
    void stripsEqualTheWholeFrame() {
        try (Renderer r = new Renderer(KernelProvider.best(), 2)) {
            int[] whole = reference.counts();
            int w = VIEW.width();
            for (int first = 0; first < VIEW.height(); first += 5) {
                int rows = Math.min(5, VIEW.height() - first);
                Frame strip = r.render(RenderRequest.of(VIEW, MAX_ITER).withRows(first, rows));
                int[] expected = java.util.Arrays.copyOfRange(whole, first * w, (first + rows) * w);
                assertArrayEquals(expected, strip.counts(), "strip at row " + first);
                assertTraceCoversEveryRowOnce(strip, "strip");
            }
        }
    }

    @Test
    void smoothFrameHasTheSameCounts() {
        try (Renderer r = new Renderer(KernelProvider.best(), 2)) {
            Frame smooth = r.render(RenderRequest.of(VIEW, MAX_ITER).withSmooth(true));
            assertArrayEquals(reference.counts(), smooth.counts());
            for (int p = 0; p < smooth.counts().length; p++) {
                boolean escaped = smooth.counts()[p] < MAX_ITER;
                assertEquals(escaped, smooth.escapeMag2()[p] > 4.0, "pixel " + p);
            }
        }
    }

    @Test
    void manyFramesAtOnceOnOneRenderer() {
        try (Renderer r = new Renderer(KernelProvider.best(), 2)) {
            RenderJob[] jobs = new RenderJob[12];
            for (int k = 0; k < jobs.length; k++) {
                // Static frames in the mix: their band runners must not starve or block the others.
                Schedule s = k % 3 == 0 ? Schedule.STATIC : Schedule.FORKJOIN;
                jobs[k] = r.start(RenderRequest.of(VIEW, MAX_ITER).withSchedule(s, 1 + k));
            }
            for (RenderJob job : jobs) {
                assertArrayEquals(reference.counts(), job.await().counts());
                assertEquals(VIEW.height(), job.progress().totalRowsDone());
            }
        }
    }

    private static int rowsCovered(TaskTrace trace) {
        int rows = 0;
        for (int t = 0; t < trace.tasks(); t++) {
            rows += trace.lastRow(t) - trace.firstRow(t) + 1;
        }
        return rows;
    }

    static void assertTraceCoversEveryRowOnce(Frame frame, String what) {
        int first = frame.request().firstRow();
        int[] covered = new int[frame.rows()];
        TaskTrace trace = frame.trace();
        for (int t = 0; t < trace.tasks(); t++) {
            for (int row = trace.firstRow(t); row <= trace.lastRow(t); row++) {
                covered[row - first]++;
            }
        }
        for (int r = 0; r < covered.length; r++) {
            assertEquals(1, covered[r], what + ": row " + (r + first) + " covered " + covered[r] + " times");
        }
    }
}
