package dev.mandel.gui.view;

import dev.mandel.gui.FxTest;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.render.RenderJob;
import dev.mandel.view.Viewport;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finished rows reach the picture and the histogram while the frame is still rendering. */
class ProgressiveTest {

    @Test
    void rowsAppearBeforeTheFrameCompletes() {
        // All interior at a high limit: each row costs tens of milliseconds, the frame seconds.
        Viewport interior = Viewport.centered(-0.1, 0.0, 0.2, 200, 400);
        RenderSettings heavy = RenderSettings.defaults().withMaxIter(200_000).withThreads(2);
        ExplorerModel model = FxTest.call(() -> new ExplorerModel(interior, heavy, Platform::runLater));
        ViewerWindow window = FxTest.call(() -> {
            ViewerWindow w = new ViewerWindow(model);
            new Scene(w, 900, 600);
            model.resize(200, 400);
            return w;
        });
        try {
            FxTest.waitUntil(() -> {
                window.pump().pulse();
                return window.painter().paintedRows() > 0;
            }, Duration.ofSeconds(30), "the first finished rows");
            FxTest.run(() -> {
                RenderJob job = model.jobProperty().get();
                int painted = window.painter().paintedRows();
                assertTrue(painted < 400, "the frame is still in progress");
                assertNull(model.frame());
                assertTrue(model.renderingProperty().get());
                RowHistogram h = window.histogram().model();
                assertEquals(400, h.bars());
                assertEquals(painted, h.knownRows());
                for (int r = 0; r < 400; r++) {
                    if (h.known(r)) {
                        assertTrue(job.progress().isRowDone(r));
                        assertEquals(200L * 200_000, h.value(r)); // every pixel ran to the limit
                    }
                }
            });
        } finally {
            FxTest.run(() -> {
                window.pump().stop();
                model.close();
            });
        }
    }
}
