package dev.mandel.gui.classroom;

import dev.mandel.gui.FxTest;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.gui.view.OwnershipOverlay;
import dev.mandel.gui.view.ViewerWindow;
import dev.mandel.render.RenderJob;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Viewport;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ownership overlay tints rows as they finish, before the frame is complete. */
class LiveOverlayTest {

    @Test
    void tintRowsRecordsOwnersAndIgnoresRowsOutsideTheFrame() {
        FxTest.run(() -> {
            OwnershipOverlay o = new OwnershipOverlay();
            o.begin(6, 10);
            assertArrayEquals(new int[] {-1, -1, -1, -1, -1, -1}, o.rowWorkers());
            o.tintRows(0, 2, 1);
            o.tintRows(4, 5, 0);
            assertArrayEquals(new int[] {1, 1, -1, -1, 0, -1}, o.rowWorkers());
            o.tintRows(5, 9, 3); // out of range: ignored, never an exception on the FX thread
            assertArrayEquals(new int[] {1, 1, -1, -1, 0, -1}, o.rowWorkers());
        });
    }

    @Test
    void finishedRowsAreTintedByTheirWorkerWhileTheFrameRenders() {
        // All interior at a high limit: each row costs milliseconds, the frame well over a second.
        Viewport interior = Viewport.centered(-0.1, 0.0, 0.2, 120, 240);
        RenderSettings heavy = RenderSettings.defaults().withMaxIter(200_000).withThreads(2)
                .withSchedule(Schedule.FORKJOIN).withPartitionFactor(8);
        ExplorerModel model = FxTest.call(() -> new ExplorerModel(interior, heavy, Platform::runLater));
        ViewerWindow window = FxTest.call(() -> {
            ViewerWindow w = new ViewerWindow(model);
            new Scene(w, 900, 600);
            model.resize(120, 240);
            return w;
        });
        try {
            FxTest.waitUntil(() -> {
                window.pump().pulse();
                return window.painter().paintedRows() > 0;
            }, Duration.ofSeconds(30), "the first finished rows");
            FxTest.run(() -> {
                RenderJob job = model.jobProperty().get();
                assertNull(model.frame(), "still rendering");
                int[] owners = window.fractalView().overlay().rowWorkers();
                assertEquals(240, owners.length);
                int tinted = 0;
                for (int r = 0; r < owners.length; r++) {
                    boolean shown = window.histogram().model().known(r);
                    if (shown) {
                        int task = job.progress().partition().taskOf(r);
                        assertEquals(job.liveTrace().worker(task), owners[r], "row " + r);
                        assertTrue(owners[r] >= 0 && owners[r] < 2, "row " + r + " owner " + owners[r]);
                        tinted++;
                    } else {
                        assertEquals(-1, owners[r], "row " + r + " is not finished yet");
                    }
                }
                assertTrue(tinted > 0 && tinted < 240, "tinted " + tinted);
            });
        } finally {
            FxTest.run(() -> {
                window.pump().stop();
                model.close();
            });
        }
    }
}
