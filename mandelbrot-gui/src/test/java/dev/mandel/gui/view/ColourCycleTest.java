package dev.mandel.gui.view;

import dev.mandel.color.ColourTable;
import dev.mandel.color.Colorizer;
import dev.mandel.color.Palette;
import dev.mandel.gui.FxTest;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.render.Frame;
import dev.mandel.view.Preset;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Colour cycling moves the escape colours on by whole counts and leaves the set itself alone. */
class ColourCycleTest {

    @Test
    void aShiftedTableShowsTheColourOfTheCountMovedOn() {
        int max = 100;
        ColourTable t = new ColourTable(Palette.FIRE, max, 7);
        Colorizer c = new Colorizer(Palette.FIRE, max);
        int[] counts = {0, 1, 50, 92, 93, 99, 100};
        int[] argb = new int[counts.length];
        t.colour(counts, null, argb, 0, counts.length);
        for (int i = 0; i < counts.length; i++) {
            int expected = counts[i] == max ? c.argb(max) : c.argb((counts[i] + 7) % max);
            assertEquals(expected, argb[i], "count " + counts[i]);
        }
    }

    @Test
    void cyclingRecoloursThePictureFromItsCounts() {
        RenderSettings s = RenderSettings.defaults().withMaxIter(200).withThreads(2);
        ExplorerModel model = FxTest.call(() -> new ExplorerModel(Preset.SEAHORSE.view(80, 60), s, Platform::runLater));
        ViewerWindow window = FxTest.call(() -> {
            ViewerWindow w = new ViewerWindow(model);
            new Scene(w, 900, 600);
            model.resize(80, 60);
            return w;
        });
        try {
            FxTest.waitUntil(() -> model.frame() != null && !model.renderingProperty().get(), Duration.ofSeconds(30), "frame");
            Frame f = FxTest.call(model::frame);
            FxTest.run(() -> {
                window.painter().setCycle(13);
                Colorizer c = new Colorizer(s.palette(), 200);
                int[] argb = window.painter().argb();
                for (int p = 0; p < f.counts().length; p++) {
                    int n = f.counts()[p];
                    assertEquals(n == 200 ? c.argb(200) : c.argb((n + 13) % 200), argb[p], "pixel " + p);
                }
                model.colourCycleProperty().set(true);
            });
            FxTest.waitUntil(() -> window.painter().cycle() > 13, Duration.ofSeconds(20), "the colours to move on");
            FxTest.run(() -> {
                model.colourCycleProperty().set(false);
                assertEquals(0, window.painter().cycle(), "switched off: back to the palette's own colours");
                Colorizer c = new Colorizer(s.palette(), 200);
                assertEquals(c.argb(f.counts()[0]), window.painter().argb()[0]);
            });
        } finally {
            FxTest.run(() -> {
                window.pump().stop();
                model.close();
            });
        }
    }
}
