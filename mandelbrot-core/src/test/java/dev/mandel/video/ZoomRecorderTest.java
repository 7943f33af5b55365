package dev.mandel.video;

import dev.mandel.color.Palette;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.Renderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zooms on the real double engine at tiny sizes: what reaches the sink, resuming, stopping. */
class ZoomRecorderTest {

    private static Renderer renderer;
    private static ViewRenderer views;

    @BeforeAll
    static void start() {
        renderer = new Renderer(KernelProvider.best(), 2);
        views = new DoubleViewRenderer(renderer, Palette.CLASSIC, true);
    }

    @AfterAll
    static void stop() {
        renderer.close();
    }

    /** Keeps copies of the frames it is given. */
    private static final class Frames implements FrameSink {
        final List<int[]> frames = new ArrayList<>();
        boolean finished;
        boolean aborted;

        @Override
        public void accept(int[] argb) {
            frames.add(argb.clone());
        }

        @Override
        public void finish() {
            finished = true;
        }

        @Override
        public void abort() {
            aborted = true;
            frames.clear();
        }
    }

    private static ZoomPlan seahorse(int frames) {
        return new ZoomPlan("-0.7453", "0.1127", new BigDecimal("4"), new BigDecimal("0.001"), frames, 48, 32,
                IterationLimit.auto());
    }

    @Test
    void everyMethodEndsExactlyOnTheTargetAndMoves() throws IOException {
        ZoomPlan plan = seahorse(12);
        int[] still = views.render(plan.target(), new CancelSignal());
        for (ZoomMethod method : ZoomMethod.values()) {
            Frames sink = new Frames();
            ZoomRecorder.Result r = new ZoomRecorder(plan, method, views, null, null).record(sink, new CancelSignal());
            assertTrue(sink.finished, method.id());
            assertEquals(12, sink.frames.size(), method.id());
            assertEquals(12, r.frames());
            assertArrayEquals(still, sink.frames.get(11), method.id() + ": last frame is the still render of the target");
            assertFalse(Arrays.equals(sink.frames.get(0), sink.frames.get(6)), method.id() + ": first and middle differ");
            assertFalse(Arrays.equals(sink.frames.get(6), sink.frames.get(11)), method.id() + ": middle and last differ");
        }
    }

    @Test
    void keyframeFramesStayCloseToDirectlyRenderedOnes() throws IOException {
        ZoomPlan plan = seahorse(10);
        Frames direct = new Frames();
        Frames keyed = new Frames();
        new ZoomRecorder(plan, ZoomMethod.DIRECT, views, null, null).record(direct, new CancelSignal());
        new ZoomRecorder(plan, ZoomMethod.KEYFRAMES, views, null, null).record(keyed, new CancelSignal());
        for (int k = 0; k < 10; k++) {
            double psnr = ImageDifference.psnr(direct.frames.get(k), keyed.frames.get(k));
            assertTrue(psnr > 12, "frame " + k + ": " + psnr + " dB");
        }
    }

    @Test
    void aStoppedZoomKeepsItsKeyframesAndResumesToTheSameFrames(@TempDir Path dir) throws IOException {
        ZoomPlan plan = seahorse(20);
        Frames whole = new Frames();
        new ZoomRecorder(plan, ZoomMethod.KEYFRAMES, views, null, null).record(whole, new CancelSignal());

        KeyframeCache cache = KeyframeCache.open(dir.resolve("kf"), "test key", plan.width(), plan.height());
        CancelSignal cancel = new CancelSignal();
        Frames stopped = new Frames();
        ZoomRecorder first = new ZoomRecorder(plan, ZoomMethod.KEYFRAMES, views, cache,
                (done, total) -> { if (done == 10) cancel.cancel(); });
        assertThrows(CancellationException.class, () -> first.record(stopped, cancel));
        assertTrue(stopped.aborted && !stopped.finished, "the sink was told to remove what it had");
        int kept = cache.count();
        assertTrue(kept > 0 && kept < first.pictureCount(), "some keyframes were kept: " + kept);

        KeyframeCache again = KeyframeCache.open(dir.resolve("kf"), "test key", plan.width(), plan.height());
        Frames resumed = new Frames();
        ZoomRecorder.Result r = new ZoomRecorder(plan, ZoomMethod.KEYFRAMES, views, again, null)
                .record(resumed, new CancelSignal());
        assertEquals(kept, r.fromCache());
        assertEquals(first.pictureCount() - kept, r.rendered());
        for (int k = 0; k < 20; k++) {
            assertArrayEquals(whole.frames.get(k), resumed.frames.get(k), "frame " + k);
        }

        KeyframeCache otherSettings = KeyframeCache.open(dir.resolve("kf"), "other key", plan.width(), plan.height());
        assertEquals(0, otherSettings.count(), "pictures made under other settings are dropped");
        otherSettings.delete();
        assertFalse(Files.exists(dir.resolve("kf")));
    }

    @Test
    void aFailingRenderReachesTheCaller() {
        ZoomPlan plan = new ZoomPlan("-0.75", "0.1", new BigDecimal("4"), new BigDecimal("1e-30"), 4, 48, 32,
                IterationLimit.auto());
        Frames sink = new Frames();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ZoomRecorder(plan, ZoomMethod.DIRECT, views, null, null).record(sink, new CancelSignal()));
        assertTrue(e.getMessage().contains("too deep"), e.getMessage());
        assertTrue(sink.aborted);
    }
}
