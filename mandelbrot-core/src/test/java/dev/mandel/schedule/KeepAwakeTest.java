package dev.mandel.schedule;

import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Workers kept awake spin until work arrives or their time is up, never more than one per worker. */
class KeepAwakeTest {

    private static final long LONG = TimeUnit.SECONDS.toNanos(20);

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyWorkerSpinsAndStopsWhenWorkIsAnnounced(boolean lanes) {
        try (WorkerPool pool = new WorkerPool(2)) {
            assertTrue(pool.wake(LONG, TimeUnit.SECONDS.toNanos(20), lanes), "both workers woke");
            assertEquals(2, pool.spinning());
            for (int i = 0; i < 50; i++) {
                pool.keepAwake(LONG, lanes); // repeated calls extend the deadline, they do not queue spinners
            }
            assertTrue(pool.spinners() <= 2, "at most one spinner per worker, got " + pool.spinners());
            pool.workArriving();
            waitUntil(() -> pool.spinners() == 0, "the spinners to stop");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void spinnersStopAtTheirDeadline(boolean lanes) {
        try (WorkerPool pool = new WorkerPool(2)) {
            pool.keepAwake(TimeUnit.MILLISECONDS.toNanos(30), lanes);
            waitUntil(() -> pool.spinners() == 0, "the spinners' deadline");
        }
    }

    @Test
    void framesAfterAWakeAreTheSameAndStopTheSpinners() {
        Viewport v = Viewport.fullSet(97, 41);
        try (Renderer plain = new Renderer(new ScalarKernel(), 1);
             Renderer awake = new Renderer(new ScalarKernel(), 2)) {
            Frame expected = plain.render(RenderRequest.of(v, 300).withSchedule(Schedule.SEQUENTIAL, 1));
            for (Schedule s : Schedule.values()) {
                assertTrue(awake.wake(LONG, TimeUnit.SECONDS.toNanos(20), s));
                Frame f = awake.render(RenderRequest.of(v, 300).withSchedule(s, 4));
                assertArrayEquals(expected.counts(), f.counts(), s.id());
                if (s == Schedule.STATIC) {
                    assertEquals(2, f.trace().tasks()); // still one band per worker
                    assertTrue(f.trace().worker(0) != f.trace().worker(1), "two distinct workers");
                }
            }
        }
    }

    private static void waitUntil(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.onSpinWait();
        }
    }
}
