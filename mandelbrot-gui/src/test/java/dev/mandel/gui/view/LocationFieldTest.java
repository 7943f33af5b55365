package dev.mandel.gui.view;

import dev.mandel.gui.FxTest;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.view.Viewport;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The location field: type, paste and copy locations with all their digits, headless. */
class LocationFieldTest {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private ExplorerModel model;

    @AfterEach
    void tearDown() {
        if (model != null) {
            FxTest.run(model::close);
        }
    }

    private LocationField open() {
        return FxTest.call(() -> {
            model = new ExplorerModel(Viewport.fullSet(48, 32), RenderSettings.defaults().withMaxIter(100).withThreads(1),
                    Platform::runLater);
            LocationField field = new LocationField(model);
            new Scene(field);
            model.resize(48, 32);
            return field;
        });
    }

    @Test
    void typingADeepLocationGoesDeepAndTheFieldFollows() {
        LocationField f = open();
        String seahorse = "-0.743643887037158704752191506114774,0.131825904205311970493132056385139";
        FxTest.run(() -> {
            f.text.setText(seahorse + " 1e-31");
            f.go.fire();
        });
        assertNotNull(FxTest.call(model::deep));
        assertEquals(seahorse + " 1E-31", FxTest.call(f.text::getText));
        FxTest.waitUntil(() -> model.deepStatusProperty().get().contains("deep zoom"), WAIT, "the deep status");
    }

    @Test
    void copyAndPasteCarryEveryDigit() {
        LocationField f = open();
        String deep = "0.25000000000000000000000000000000000000001,0.00000000000000000000000000000000000000003 4e-40";
        FxTest.run(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(deep);
            Clipboard.getSystemClipboard().setContent(c);
            f.paste.fire();
        });
        assertNotNull(FxTest.call(model::deep));
        FxTest.run(() -> f.copy.fire());
        String copied = FxTest.call(() -> Clipboard.getSystemClipboard().getString());
        assertTrue(copied.startsWith("0.25000000000000000000000000000000000000001,"), copied);
        assertTrue(copied.endsWith(" 4E-40"), copied);
    }

    @Test
    void aShallowLocationStaysOnTheDoubleKernels() {
        LocationField f = open();
        FxTest.run(() -> {
            f.text.setText("-0.75,0.1 0.5");
            f.go.fire();
        });
        assertNull(FxTest.call(model::deep));
        assertEquals(0.5, FxTest.call(() -> model.viewport().spanRe()), 1e-12);
    }
}
