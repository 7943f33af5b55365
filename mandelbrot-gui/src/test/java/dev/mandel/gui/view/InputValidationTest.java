package dev.mandel.gui.view;

import dev.mandel.gui.FxTest;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Typed input is checked as it is typed: a visible reason, the old value kept, no exception, no
 * silent clamp; and the preset list takes the same preset twice.
 */
class InputValidationTest {

    private ExplorerModel model;
    private final List<Throwable> uncaught = new ArrayList<>();

    @AfterEach
    void tearDown() {
        if (model != null) {
            FxTest.run(model::close);
        }
    }

    private ControlsPane controls() {
        return FxTest.call(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
            model = new ExplorerModel(Viewport.fullSet(80, 60), RenderSettings.defaults().withMaxIter(100).withThreads(2),
                    Platform::runLater);
            ControlsPane c = new ControlsPane(model);
            new Scene(c);
            return c;
        });
    }

    @Test
    void badTextShowsWhyAndKeepsTheValueInForce() {
        ControlsPane c = controls();
        String[][] cases = {
            {"abc", "is not a whole number"},
            {"1e9", "is not a whole number"},
            {"99999999999999999999", "is out of range"},
            {"99", "is out of range"},
            {"0", "is out of range"},
            {"", "must be a whole number"},
        };
        for (String[] bad : cases) {
            FxTest.run(() -> {
                IntInput threads = c.threadsInput;
                threads.spinner().getEditor().setText(bad[0]); // typing, not yet committed
                assertTrue(threads.problemProperty().get().contains(bad[1]), bad[0] + ": " + threads.problemProperty().get());
                assertTrue(threads.problemProperty().get().contains("from 1 to " + RenderSettings.maxThreads()));
                assertTrue(threads.spinner().getStyleClass().contains("invalid"));
                assertEquals(2, threads.value(), "nothing committed while typing " + bad[0]);
                threads.type(bad[0]); // Enter
                assertEquals(2, threads.value(), "refused: " + bad[0]);
                assertEquals(2, model.settings().threads(), "the model keeps its value: " + bad[0]);
                assertEquals("2", threads.spinner().getEditor().getText(), "the field shows the value in force again");
                assertTrue(threads.problemProperty().get().endsWith("kept 2"), threads.problemProperty().get());
            });
        }
        FxTest.run(() -> {
            c.maxIterInput.type("1000000000");
            assertEquals(100, model.settings().maxIter(), "no silent clamp to 1,000,000");
            assertTrue(c.maxIterInput.problemProperty().get().contains("1,000,000"), c.maxIterInput.problemProperty().get());
            c.threadsInput.type("1");
            assertEquals(1, model.settings().threads());
            assertEquals("", c.threadsInput.problemProperty().get(), "a good value clears the reason");
        });
        FxTest.run(() -> assertTrue(uncaught.isEmpty(), "no exception on the FX thread: " + uncaught));
    }

    @Test
    void choosingTheSamePresetAgainGoesBackToItsWholeRegion() {
        ControlsPane c = controls();
        FxTest.run(() -> c.preset.setValue(Preset.SEAHORSE));
        FxTest.waitUntil(() -> c.preset.getValue() == null, Duration.ofSeconds(10), "the list to empty itself");
        Viewport seahorse = FxTest.call(model::viewport);
        FxTest.run(() -> {
            assertEquals(Preset.SEAHORSE, model.presetProperty().get());
            assertTrue(c.preset.getPromptText().startsWith("seahorse"), c.preset.getPromptText());
            model.zoomCentre(4);
            assertNull(model.presetProperty().get(), "moved away from the preset");
            assertFalse(model.viewport().equals(seahorse));
            c.preset.setValue(Preset.SEAHORSE); // the same preset once more
            assertEquals(seahorse, model.viewport());
        });
    }
}
