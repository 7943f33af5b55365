package dev.mandel.render;

import dev.mandel.kernel.ScalarKernel;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CancellationTest {

    /** Mostly interior pixels at a high limit: seconds of work, so a cancel lands mid-frame. */
    private static final Viewport HEAVY = new Viewport(-0.5, 0.2, -0.3, 0.3, 400, 400);

    @Test
    void aCancelledFrameIsNeverDelivered() throws Exception {
        try (Renderer r = new Renderer(new ScalarKernel(), 2)) {
            RenderJob job = r.start(RenderRequest.of(HEAVY, 200_000).withSchedule(Schedule.FORKJOIN, 8));
            while (job.progress().totalRowsDone() == 0) {
                Thread.onSpinWait();
            }
            job.cancel();
            assertThrows(CancellationException.class, job::await);
            assertTrue(job.future().isCompletedExceptionally());
            assertTrue(job.isCancelled());
            long done = job.progress().totalRowsDone();
            assertTrue(done > 0 && done < HEAVY.height(), "stopped part-way: " + done);
            // The pool is free again: the next frame renders normally.
            Frame next = r.render(RenderRequest.of(new Viewport(-2, 1, -1, 1, 16, 8), 50));
            assertEquals(8, next.rows());
            job.future().exceptionally(e -> null).get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void progressReachesEveryRow() {
        try (Renderer r = new Renderer(new ScalarKernel(), 2)) {
            Viewport v = new Viewport(-2, 1, -1, 1, 32, 20);
            RenderJob job = r.start(RenderRequest.of(v, 100).withSchedule(Schedule.FORKJOIN, 3));
            Frame f = job.await();
            assertEquals(20, job.progress().totalRowsDone());
            for (int row = 0; row < 20; row++) {
                assertTrue(job.progress().isRowDone(row));
            }
            assertFalse(job.isCancelled());
            assertEquals(20, f.rows());
        }
    }
}
