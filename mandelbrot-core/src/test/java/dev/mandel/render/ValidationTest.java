package dev.mandel.render;

import dev.mandel.schedule.Schedule;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad arguments fail where they enter, with a message that names the value and what is allowed. */
class ValidationTest {

    private static final Viewport OK = new Viewport(-2, 1, -1, 1, 10, 10);

    @Test
    void viewports() {
        rejects(() -> new Viewport(1, -2, -1, 1, 10, 10), "xMin (1.0) must be less than xMax (-2.0)");
        rejects(() -> new Viewport(-2, 1, 1, 1, 10, 10), "yMin (1.0) must be less than yMax (1.0)");
        rejects(() -> new Viewport(Double.NaN, 1, -1, 1, 10, 10), "xMin must be a finite number, got NaN");
        rejects(() -> new Viewport(-2, Double.POSITIVE_INFINITY, -1, 1, 10, 10), "xMax must be a finite number");
        rejects(() -> new Viewport(-2, 1, -1, 1, 0, 10), "width must be between 1 and");
        rejects(() -> new Viewport(-2, 1, -1, 1, 10, -5), "height must be between 1 and");
        rejects(() -> new Viewport(-Double.MAX_VALUE, Double.MAX_VALUE, -1, 1, 10, 10), "region is too large");
        rejects(() -> Viewport.centered(0, 0, 0, 10, 10), "span must be a positive finite number");
    }

    @Test
    void requests() {
        rejects(() -> RenderRequest.of(OK, 0), "max iterations must be at least 1, got 0");
        rejects(() -> RenderRequest.of(OK, -3), "max iterations must be at least 1, got -3");
        rejects(() -> RenderRequest.of(OK, 10).withSchedule(Schedule.FORKJOIN, 0), "partition factor must be at least 1");
        rejects(() -> RenderRequest.of(OK, 10).withRows(5, 6), "are not inside the view's 10 rows");
        rejects(() -> RenderRequest.of(new Viewport(-2, 1, -1, 1, 100_000, 100_000), 10),
                "render it as a poster in strips");
    }

    @Test
    void schedulesAndPools() {
        rejects(() -> Schedule.FORKJOIN.taskCount(10, 0, 1), "threads must be at least 1, got 0");
        rejects(() -> Schedule.parse("dynamic"), "unknown schedule 'dynamic' (allowed: sequential, static, forkjoin)");
        rejects(() -> new dev.mandel.schedule.WorkerPool(0), "threads must be between 1 and 1024, got 0");
    }

    @Test
    void framesThatCannotFitTheHeapAreRefusedBeforeAllocating() {
        long max = Runtime.getRuntime().maxMemory();
        int side = (int) Math.min(40_000, Math.sqrt(max / 4.0) * 1.2);
        try (Renderer r = new Renderer(new dev.mandel.kernel.ScalarKernel(), 1)) {
            RenderRequest huge = RenderRequest.of(new Viewport(-2, 1, -1, 1, side, side), 10).withSmooth(true);
            rejects(() -> r.start(huge), "of heap; choose a smaller size");
        }
    }

    private static void rejects(Executable call, String expectedMessagePart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expectedMessagePart),
                "message '" + e.getMessage() + "' should contain '" + expectedMessagePart + "'");
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }
}
