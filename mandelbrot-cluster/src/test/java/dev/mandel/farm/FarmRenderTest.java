package dev.mandel.farm;

import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two real members on loopback, shared by the tests of this class. */
class FarmRenderTest {

    private static LoopbackFarm farm;
    private static FarmEngine coordinator;

    @BeforeAll
    static void startFarm() throws IOException {
        farm = LoopbackFarm.shared();
        coordinator = FarmEngines.standard().connect(farm.addresses(), Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopFarm() {
        if (coordinator != null) {
            coordinator.close();
        }
    }

    private static Frame local(Viewport view, int maxIter, boolean smooth) {
        try (Renderer r = new Renderer(KernelProvider.best(), 2)) {
            return r.render(RenderRequest.of(view, maxIter).withSmooth(smooth));
        }
    }

    /** Runs a band plan on the farm and stitches the bands into one counts array. */
    private static int[][] farmCounts(BandPlan plan, double[] mag2Out, long[] totalsOut) throws IOException {
        int width = plan.view().width();
        int[] counts = new int[width * plan.view().height()];
        FarmProgress p = new FarmJob(coordinator, Seal.with(Optional.empty()), 8).run(plan.count(), plan::task,
                (task, result) -> {
                    System.arraycopy(result.counts(), 0, counts, task.firstRow() * width, result.counts().length);
                    if (mag2Out != null) {
                        System.arraycopy(result.escapeMag2(), 0, mag2Out, task.firstRow() * width,
                                result.counts().length);
                    }
                    System.arraycopy(result.rowTotals(), 0, totalsOut, task.firstRow(), task.rows());
                }, progress -> { });
        assertEquals(plan.count(), p.done());
        return new int[][] {counts};
    }

    @Test
    void clusterRenderEqualsLocalBitForBit() throws IOException {
        Viewport view = Viewport.centered(-0.7436, 0.1318, 0.02, 333, 217);
        BandPlan plan = new BandPlan(1, view, 700, false, 13);
        long[] totals = new long[view.height()];
        int[] counts = farmCounts(plan, null, totals)[0];
        Frame local = local(view, 700, false);
        assertArrayEquals(local.counts(), counts);
        assertArrayEquals(local.rowTotals(), totals);
    }

    @Test
    void smoothBandsCarryTheSameEscapeMagnitudes() throws IOException {
        Viewport view = Viewport.fullSet(129, 65);
        BandPlan plan = new BandPlan(2, view, 300, true, 7);
        double[] mag2 = new double[view.width() * view.height()];
        long[] totals = new long[view.height()];
        int[] counts = farmCounts(plan, mag2, totals)[0];
        Frame local = local(view, 300, true);
        assertArrayEquals(local.counts(), counts);
        assertTrue(Arrays.equals(local.escapeMag2(), mag2), "escape magnitudes differ");
    }

    @Test
    void bothWorkersTakeTasks() throws IOException {
        Viewport view = Viewport.fullSet(200, 160);
        BandPlan plan = new BandPlan(3, view, 2000, false, 4);
        FarmProgress p = new FarmJob(coordinator, Seal.with(Optional.empty()), 16).run(plan.count(), plan::task,
                (t, r) -> { }, progress -> { });
        assertEquals(2, p.doneByWorker().size(), p.line());
        p.doneByWorker().values().forEach(n -> assertTrue(n > 0, p.line()));
    }
}
