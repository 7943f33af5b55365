package dev.mandel.gui.view;

import dev.mandel.color.ColourTable;
import dev.mandel.color.Palette;
import dev.mandel.gui.FxTest;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.PaletteEditor;
import dev.mandel.gui.model.PaletteLibrary;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.render.Frame;
import dev.mandel.view.Preset;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The palette editor in the window: edits recolour the picture at once, cycling runs on them, bad files say why. */
class PaletteEditorPaneTest {

    @TempDir
    Path dir;

    @Test
    void editsRecolourThePictureLiveAndCyclingUsesThem() throws Exception {
        RenderSettings s = RenderSettings.defaults().withMaxIter(250).withThreads(2);
        ExplorerModel model = FxTest.call(() -> new ExplorerModel(Preset.SEAHORSE.view(90, 60), s, Platform::runLater));
        ViewerWindow window = FxTest.call(() -> {
            ViewerWindow w = new ViewerWindow(model);
            new Scene(w, 1000, 650);
            model.resize(90, 60);
            return w;
        });
        try {
            FxTest.waitUntil(() -> model.frame() != null && !model.renderingProperty().get(), Duration.ofSeconds(30), "a frame");
            Frame f = FxTest.call(model::frame);
            PaletteEditorPane pane = FxTest.call(() -> new PaletteEditorPane(new PaletteEditor(model, new PaletteLibrary(dir))));
            FxTest.run(() -> {
                pane.startFrom.setValue(Palette.OCEAN);
                // A double click on the ramp at 40% of its width adds a stop there.
                double x = PaletteEditorPane.RAMP_WIDTH * 0.4;
                Event.fireEvent(pane.ramp, new MouseEvent(MouseEvent.MOUSE_PRESSED, x, 10, x, 10, MouseButton.PRIMARY, 2,
                        false, false, false, false, true, false, false, true, false, true, null));
                assertEquals(Palette.OCEAN.toStops().size() + 1, pane.editor().stops().size());
                assertEquals(PaletteEditorPane.positionAt(x), pane.editor().stops().stops().get(pane.editor().selected()).position());
                pane.colour.setValue(javafx.scene.paint.Color.rgb(0xFF, 0x00, 0x80));
                pane.colour.fireEvent(new javafx.event.ActionEvent());
                assertEquals(0xFF0080, pane.editor().stops().stops().get(pane.editor().selected()).rgb());
                assertTrue(pane.stopLine.getText().contains("#FF0080"), pane.stopLine.getText());
                assertPictureIs(window, f, new ColourTable(pane.editor().stops(), 250));

                window.painter().setCycle(9);
                assertPictureIs(window, f, new ColourTable(pane.editor().stops(), 250, 9));
                window.painter().setCycle(0);
            });
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("bad.palette"), "name = bad\nstop = 0.2 #12345G\nstop = 0.6 #000000\n");
            FxTest.run(() -> {
                var kept = pane.editor().stops();
                pane.savedList.show();
                pane.savedList.hide();
                assertTrue(pane.savedList.getItems().contains("bad"), "the list is read again when opened");
                pane.savedList.setValue("bad");
                pane.load.fire();
                assertTrue(pane.problem.isVisible());
                assertEquals("palette not loaded: bad.palette, line 2: a stop is 'POSITION #RRGGBB', got '0.2 #12345G'",
                        pane.problem.getText());
                assertEquals(kept, pane.editor().stops());
                assertPictureIs(window, f, new ColourTable(kept, 250));
                pane.saveName.setText("mine");
                pane.save.fire();
                assertFalse(pane.problem.isVisible());
                assertTrue(pane.message.getText().startsWith("saved palette 'mine'"), pane.message.getText());
            });
            assertTrue(Files.exists(dir.resolve("mine.palette")));
        } finally {
            FxTest.run(() -> {
                window.pump().stop();
                model.close();
            });
        }
    }

    private static void assertPictureIs(ViewerWindow window, Frame f, ColourTable colours) {
        int[] expected = new int[f.counts().length];
        colours.colour(f.counts(), f.escapeMag2(), expected, 0, expected.length);
        int[] argb = window.painter().argb();
        for (int p = 0; p < expected.length; p++) {
            assertEquals(expected[p], argb[p], "pixel " + p);
        }
    }
}
