package dev.mandel.gui.view;

import dev.mandel.gui.FxTest;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.view.Viewport;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** At a render scale of 1.5 the picture is computed at device pixels and shown at layout size, not scaled up. */
class HiDpiTest {

    private ExplorerModel model;
    private Stage stage;

    @AfterEach
    void tearDown() {
        FxTest.run(() -> {
            stage.close();
            model.close();
        });
        // (the window's pump stops with the model: nothing renders after close)
    }

    @Test
    void thePictureHasOnePixelPerDevicePixel() {
        FractalView view = FxTest.call(() -> {
            model = new ExplorerModel(Viewport.fullSet(100, 80), RenderSettings.defaults().withMaxIter(60).withThreads(1),
                    Platform::runLater);
            ViewerWindow w = new ViewerWindow(model);
            FractalView v = w.fractalView();
            stage = new Stage();
            stage.setScene(new Scene(w, 900, 600));
            stage.show();
            // What a 150% screen does (showing a window sets its render scale to the screen's output scale).
            stage.setRenderScaleX(1.5);
            stage.setRenderScaleY(1.5);
            return v;
        });
        FxTest.waitUntil(() -> model.frame() != null && !model.renderingProperty().get()
                && model.viewport().width() == (int) Math.floor(view.getWidth() * 1.5)
                && model.frame().request().view().equals(model.viewport()), Duration.ofSeconds(30), "a frame at device pixels");
        FxTest.run(() -> {
            assertEquals(1.5, view.pixelScale());
            int w = (int) Math.floor(view.getWidth() * 1.5);
            int h = (int) Math.floor(view.getHeight() * 1.5);
            assertEquals(w, model.viewport().width());
            assertEquals(h, model.viewport().height());
            assertEquals(w, model.frame().width());
            // Shown at layout size: one image pixel per device pixel, not a layout-size image scaled up.
            javafx.scene.image.ImageView iv = (javafx.scene.image.ImageView) view.getChildrenUnmodifiable().getFirst();
            assertEquals(w, iv.getImage().getWidth());
            assertEquals(w / 1.5, iv.getFitWidth(), 1e-9);
            assertEquals(h / 1.5, iv.getFitHeight(), 1e-9);
        });
    }
}
