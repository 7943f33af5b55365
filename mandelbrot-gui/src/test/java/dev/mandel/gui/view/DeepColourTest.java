package dev.mandel.gui.view;

import dev.mandel.color.ColourTable;
import dev.mandel.color.CountFloor;
import dev.mandel.gui.FxTest;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.render.Frame;
import dev.mandel.view.Viewport;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A deep frame is coloured from its lowest count, by the same core rule as the command line
 * ({@link CountFloor}), in the window and in the saved image.
 */
class DeepColourTest {

    @TempDir
    Path dir;

    @Test
    void aDeepFrameIsColouredFromItsLowestCountAsTheCommandLineDoes() throws Exception {
        RenderSettings s = RenderSettings.defaults().withMaxIter(200).withThreads(2);
        ExplorerModel model = FxTest.call(() -> new ExplorerModel(Viewport.fullSet(80, 60), s, Platform::runLater));
        ViewerWindow window = FxTest.call(() -> {
            ViewerWindow w = new ViewerWindow(model);
            new Scene(w, 1000, 650);
            model.resize(80, 60);
            return w;
        });
        try {
            FxTest.waitUntil(() -> model.frame() != null && !model.renderingProperty().get(), Duration.ofSeconds(30), "a frame");
            FxTest.run(() -> model.goTo("-0.743643887037158704752191506114774,0.131825904205311970493132056385139", "1e-25"));
            FxTest.waitUntil(() -> model.frame() != null && "deep".equals(model.frame().kernel())
                    && !model.renderingProperty().get(), Duration.ofSeconds(120), "a deep frame");
            Frame f = FxTest.call(model::frame);
            int floor = CountFloor.of(f.counts(), true);
            assertTrue(floor > 1000, "every pixel at 1e-25 needs thousands of iterations: lowest " + floor);
            int[] expected = new int[f.counts().length];
            new ColourTable(FxTest.call(model::gradient), f.maxIter(), floor, 0).colour(f.counts(), f.escapeMag2(), expected,
                    0, expected.length);
            int[] shown = FxTest.call(() -> window.painter().argb().clone());
            assertEquals(floor, FxTest.call(() -> window.painter().floor()));
            for (int p = 0; p < expected.length; p++) {
                assertEquals(expected[p], shown[p], "pixel " + p);
            }
            assertTrue(Arrays.stream(shown).distinct().count() > 20, "bands, not one washed-out colour");

            Path png = dir.resolve("deep.png");
            FxTest.run(() -> {
                try {
                    window.saveImage(png);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            FxTest.run(() -> {
                assertEquals(null, window.poster().start(dir.resolve("poster.png")), "no strip poster of a deep view");
                assertTrue(window.poster().status.getText().startsWith("a poster of a deep view is rendered by the command line:"
                        + " ./mandelbrot render --center -0.743643887037158704752191506114774,"), window.poster().status.getText());
            });
            var image = javax.imageio.ImageIO.read(png.toFile());
            for (int p = 0; p < expected.length; p++) {
                assertEquals(expected[p], image.getRGB(p % 80, p / 80), "saved pixel " + p);
            }
        } finally {
            FxTest.run(() -> {
                window.pump().stop();
                model.close();
            });
        }
    }
}
