package dev.mandel.gui.model;

import dev.mandel.color.ColourStops;
import dev.mandel.color.Palette;
import dev.mandel.gui.FxTest;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Palette editing without widgets: edits shown on the model, refusals that keep the stops, files saved and checked. */
class PaletteEditorTest {

    @TempDir
    Path dir;

    private static ExplorerModel model() {
        // Nothing renders: no verb that needs a frame is called.
        return FxTest.call(() -> new ExplorerModel(Viewport.fullSet(40, 30), RenderSettings.defaults().withThreads(1),
                Runnable::run));
    }

    @Test
    void editsColourThePictureAndRefusalsKeepTheStops() {
        ExplorerModel model = model();
        try {
            FxTest.run(() -> {
                PaletteEditor editor = new PaletteEditor(model, new PaletteLibrary(dir));
                assertNull(model.customColoursProperty().get(), "opening the editor changes nothing");
                assertSame(Palette.CLASSIC, model.gradient());
                editor.startFrom(Palette.FIRE);
                assertEquals(Palette.FIRE.toStops(), model.gradient());
                assertTrue(editor.addStop(0.05));
                assertEquals(Palette.FIRE.toStops().size() + 1, editor.stops().size());
                assertEquals(0.05, editor.stops().stops().get(editor.selected()).position());
                assertTrue(editor.recolourSelected(0x00FF00));
                assertEquals(0xFF00FF00, model.gradient().argb(0.05));
                assertTrue(editor.moveSelected(0.9));
                assertEquals(0xFF00FF00, model.gradient().argb(0.9));
                ColourStops before = editor.stops();
                assertFalse(editor.moveSelected(1.2), "outside the ramp");
                assertTrue(editor.problemProperty().get().contains("from 0 to below 1"), editor.problemProperty().get());
                assertSame(before, editor.stops());
                assertSame(before, model.gradient(), "a refused edit does not reach the picture");
                while (editor.stops().size() > ColourStops.MIN_STOPS) {
                    assertTrue(editor.removeSelected());
                }
                assertFalse(editor.removeSelected());
                assertTrue(editor.problemProperty().get().contains("2 to 64"), editor.problemProperty().get());
                model.setPalette(Palette.OCEAN);
                assertSame(Palette.OCEAN, model.gradient(), "choosing a built-in palette leaves the edited stops");
            });
        } finally {
            FxTest.run(model::close);
        }
    }

    @Test
    void savedPalettesLoadBackAndBadFilesAreRefusedInOneLine() throws Exception {
        ExplorerModel model = model();
        try {
            PaletteLibrary library = new PaletteLibrary(dir.resolve("palettes"));
            FxTest.run(() -> {
                PaletteEditor editor = new PaletteEditor(model, library);
                editor.startFrom(Palette.AURORA);
                editor.addStop(0.3333);
                editor.recolourSelected(0xABCDEF);
                assertTrue(editor.save("My sunset"), editor.problemProperty().get());
                assertEquals(List.of("My sunset"), editor.saved());
                assertFalse(editor.save("../escape"), "a name that is a path");
                assertTrue(editor.problemProperty().get().startsWith("a palette's name may hold"));
                ColourStops saved = editor.stops();
                editor.startFrom(Palette.GRAYSCALE);
                assertTrue(editor.load("My sunset"));
                assertEquals(saved, editor.stops());
                assertEquals(saved, model.gradient());
                assertEquals("My sunset", editor.nameProperty().get());
            });
            String text = Files.readString(dir.resolve("palettes/My sunset.palette"));
            assertTrue(text.contains("stop = 0.3333 #ABCDEF"), text);

            String[][] bad = {
                    {"name = x\nstop = 0.5 #FFFFFF\n", "needs 2 to 64 colour stops, got 1"},
                    {"name = x\nstop = 0.5 #FFFFFF\nstop = 1.5 #000000\n", "line 3: a colour stop's position must be from 0 to below 1"},
                    {"name = x\nstop = 0.1 #FFF\nstop = 0.5 #000000\n", "line 2: a stop is 'POSITION #RRGGBB'"},
                    {"name = x\nstop = half #FFFFFF\nstop = 0.5 #000000\n", "line 2: position 'half' is not a number"},
                    {"stop = 0.1 #FFFFFF\nstop = 0.5 #000000\n", "no 'name = ...' line"},
                    {"name = x\ncolour = red\n", "line 2: unknown key 'colour'"},
                    {"name = x\nstop = 0.5 #FFFFFF\nstop = 0.5 #000000\n", "closer than"},
                    {"\u0000\u0001garbage", "line 1: expected 'name = ...'"},
            };
            for (String[] b : bad) {
                Files.writeString(dir.resolve("palettes/broken.palette"), b[0], StandardCharsets.UTF_8);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> library.load("broken"));
                assertTrue(e.getMessage().startsWith("broken.palette"), e.getMessage());
                assertTrue(e.getMessage().contains(b[1]), e.getMessage());
                assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            }
            Files.write(dir.resolve("palettes/huge.palette"), new byte[PaletteFile.MAX_BYTES + 1]);
            IllegalArgumentException huge = assertThrows(IllegalArgumentException.class, () -> library.load("huge"));
            assertFalse(huge.getMessage().contains("\n"), huge.getMessage());
            FxTest.run(() -> {
                PaletteEditor editor = new PaletteEditor(model, library);
                editor.startFrom(Palette.FIRE);
                ColourStops kept = editor.stops();
                assertFalse(editor.load("broken"));
                assertTrue(editor.problemProperty().get().startsWith("palette not loaded: broken.palette"));
                assertEquals(kept, editor.stops(), "a bad file changes nothing");
                assertFalse(editor.load("missing"));
                assertFalse(editor.problemProperty().get().isEmpty());
            });
        } finally {
            FxTest.run(model::close);
        }
    }
}
