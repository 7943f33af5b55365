package dev.mandel.farm;

import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workers crashing mid-job (a Hazelcast terminate: no goodbye, as a killed process). Two members
 * shared by the class: the first test loses one and still gets the local render's pixels; the
 * second loses the last one and gets one clear line.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FarmFailoverTest {

    private static final Viewport VIEW = Viewport.fullSet(240, 180);
    private static final int MAX_ITER = 3000;

    private static LoopbackFarm farm;
    private static FarmEngine coordinator;

    @BeforeAll
    static void startFarm() throws IOException {
        farm = LoopbackFarm.start(2, Optional.empty());
        coordinator = FarmEngines.standard().connect(farm.addresses(), Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopFarm() {
        if (coordinator != null) {
            coordinator.close();
        }
        if (farm != null) {
            farm.close();
        }
    }

    /** Crashes worker {@code victim} (from another thread) as it starts its {@code nth} task. */
    private static void crashWhenStarting(int victim, int nth) {
        int[] seen = {0};
        AtomicBoolean crashed = new AtomicBoolean();
        farm.onStart(w -> {
            if (w == victim && ++seen[0] == nth && crashed.compareAndSet(false, true)) {
                Thread.ofPlatform().start(() -> farm.host(victim).crash());
            }
        });
    }

    @Test
    @Order(1)
    void aLostWorkersTasksRunElsewhereAndThePixelsAreTheSame() throws IOException {
        crashWhenStarting(1, 2);
        BandPlan plan = new BandPlan(10, VIEW, MAX_ITER, false, 6);
        int[] counts = new int[VIEW.width() * VIEW.height()];
        FarmProgress p = new FarmJob(coordinator, Seal.with(Optional.empty()), 12).run(plan.count(), plan::task,
                (task, result) -> System.arraycopy(result.counts(), 0, counts, task.firstRow() * VIEW.width(),
                        result.counts().length),
                progress -> { });
        assertEquals(1, p.workersLost(), p.line());
        assertTrue(p.retried() >= 1, p.line());
        assertEquals(plan.count(), p.done(), p.line());
        try (Renderer local = new Renderer(KernelProvider.best(), 2)) {
            Frame frame = local.render(RenderRequest.of(VIEW, MAX_ITER));
            assertArrayEquals(frame.counts(), counts);
        }
    }

    @Test
    @Order(2)
    void theJobFailsWithOneLineWhenNoWorkerIsLeft() {
        crashWhenStarting(0, 1);
        BandPlan plan = new BandPlan(11, VIEW, MAX_ITER, false, 6);
        FarmException e = assertThrows(FarmException.class,
                () -> new FarmJob(coordinator, Seal.with(Optional.empty()), 12).run(plan.count(), plan::task,
                        (task, result) -> { }, progress -> { }));
        assertTrue(e.getMessage().startsWith("no worker left in the farm: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
}
