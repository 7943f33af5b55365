package dev.mandel.gui.view;

import dev.mandel.color.Colorizer;
import dev.mandel.color.Supersampler;
import dev.mandel.gui.FxTest;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.view.Preset;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Progressive anti-aliasing: the sharp frame first, then the supersampled picture replaces it. */
class AntiAliasViewTest {

    private ExplorerModel model;
    private ViewerWindow window;

    @AfterEach
    void tearDown() {
        FxTest.run(() -> {
            window.pump().stop();
            model.close();
        });
    }

    @Test
    void theSharpFrameIsReplacedByTheAveragedFinerRender() {
        RenderSettings s = RenderSettings.defaults().withMaxIter(300).withThreads(2);
        FxTest.run(() -> {
            model = new ExplorerModel(Preset.SEAHORSE.view(90, 60), s, Platform::runLater);
            window = new ViewerWindow(model);
            new Scene(window, 900, 600);
            model.resize(90, 60);
        });
        FxTest.waitUntil(() -> model.frame() != null && !model.renderingProperty().get(), Duration.ofSeconds(30), "sharp");
        Frame sharp = FxTest.call(model::frame);
        FxTest.run(() -> model.antiAliasProperty().set(3));
        FxTest.waitUntil(() -> model.refinedProperty().get() != null && !model.renderingProperty().get()
                && model.refinedProperty().get().view().equals(model.viewport()), Duration.ofSeconds(30), "refined");
        int[] expected;
        try (Renderer r = new Renderer(new ScalarKernel(), 1)) {
            Frame fine = r.render(RenderRequest.of(Supersampler.fineView(sharp.request().view(), 3), 300));
            int[] colours = new int[fine.counts().length];
            new Colorizer(s.palette(), 300).colour(fine.counts(), null, colours, 0, colours.length);
            expected = Supersampler.downsample(colours, 90, 60, 3);
        }
        FxTest.run(() -> {
            assertEquals(3, model.refinedProperty().get().factor());
            assertArrayEquals(expected, model.refinedProperty().get().argb());
            assertArrayEquals(expected, window.painter().argb(), "the picture on screen is the refined one");
            // The sharp frame stays the model's frame: histogram and timeline describe it.
            assertEquals(90, model.frame().width());
        });
    }
}
