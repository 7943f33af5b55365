package dev.mandel.gui.model;

import dev.mandel.deep.DeepNavigation;
import dev.mandel.deep.DeepView;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Record zoom to here" without a window: the model records in the background, reports, cancels. */
class ZoomRecordingTest {

    private static final DeepView HERE = DeepNavigation.of(Viewport.centered(-0.7453, 0.1127, 0.002, 400, 300));

    private static ZoomRecording.Request request(Path out, String seconds) {
        return ZoomRecording.parse(HERE, RenderSettings.defaults().withMaxIter(300), seconds, "8", "48x32", out);
    }

    /** Records on a background thread; the status and progress reach the listener in order. */
    private static void awaitEnd(ZoomRecording rec) throws InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        rec.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                ended.countDown();
            }
        });
        if (!rec.runningProperty().get()) {
            return;
        }
        assertTrue(ended.await(120, TimeUnit.SECONDS), "the recording ends");
    }

    @Test
    void recordsAVideoOrFramesIntoTheChosenFile(@TempDir Path dir) throws InterruptedException {
        ZoomRecording rec = new ZoomRecording(Runnable::run);
        Path out = dir.resolve("zoom.mp4");
        rec.start(request(out, "1"));
        awaitEnd(rec);
        assertEquals(1.0, rec.progressProperty().get(), rec.statusProperty().get());
        assertTrue(Files.exists(rec.result()), rec.statusProperty().get());
        assertFalse(Files.exists(dir.resolve("zoom.mp4.keyframes")), "keyframes removed once complete");
    }

    @Test
    void cancelStopsAndLeavesNoVideo(@TempDir Path dir) throws InterruptedException {
        ZoomRecording rec = new ZoomRecording(Runnable::run);
        Path out = dir.resolve("zoom.mp4");
        rec.progressProperty().addListener((o, was, now) -> rec.cancel());
        rec.start(request(out, "10"));
        awaitEnd(rec);
        assertTrue(rec.statusProperty().get().startsWith("zoom recording cancelled"), rec.statusProperty().get());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("zoom-frames").resolve("frame-00001.png")));
    }

    @Test
    void typosAreOneLineNamingTheField(@TempDir Path dir) {
        Path out = dir.resolve("zoom.mp4");
        RenderSettings s = RenderSettings.defaults();
        assertEquals("seconds 'ten' is not a number",
                assertThrows(IllegalArgumentException.class, () -> ZoomRecording.parse(HERE, s, "ten", "30", "64x36", out)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ZoomRecording.parse(HERE, s, "1", "30", "63x36", out)).getMessage().contains("even"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ZoomRecording.parse(DeepNavigation.of(Viewport.centered(0, 0, 5, 400, 300)), s, "1", "30", "64x36", out))
                .getMessage().startsWith("zoom in first"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ZoomRecording.parse(HERE, s, "1", "30", "64x36", dir.resolve("zoom.avi"))).getMessage().contains(".mp4"));
    }
}
