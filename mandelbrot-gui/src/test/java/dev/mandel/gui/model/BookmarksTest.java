package dev.mandel.gui.model;

import dev.mandel.gui.FxTest;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bookmarks keep a name, the location as decimal strings, the iteration limit and a thumbnail. */
class BookmarksTest {

    @TempDir
    Path dir;

    @Test
    void aBookmarkRoundTripsThroughItsFilesExactly() throws Exception {
        Viewport v = Viewport.centered(-0.743643887037151, 0.131825904205330, 1.1e-9, 120, 80);
        int[] argb = new int[120 * 80];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xFF000000 | (i * 2654435761L > 0 ? i * 977 : i) & 0xFFFFFF;
        }
        Bookmark b = Bookmark.of("seahorse spiral", v, 4000, argb);
        Bookmarks store = new Bookmarks(dir.resolve("marks"));
        store.add(b);
        List<Bookmarks.Entry> all = store.list();
        assertEquals(1, all.size());
        Bookmark back = all.getFirst().bookmark();
        assertEquals("seahorse spiral", back.name());
        assertEquals(b.centerRe(), back.centerRe());
        assertEquals(Double.toString(v.centerRe()), back.centerRe(), "decimal string, every digit the double has");
        assertEquals(v.centerRe(), Double.parseDouble(back.centerRe()));
        assertEquals(v.centerIm(), Double.parseDouble(back.centerIm()));
        assertEquals(v.spanRe(), Double.parseDouble(back.span()));
        assertEquals(4000, back.maxIter());
        org.junit.jupiter.api.Assertions.assertArrayEquals(b.thumbnail(), back.thumbnail());
        Viewport again = back.view(120, 80);
        assertEquals(v.centerRe(), again.centerRe(), 1e-15);
        assertEquals(v.spanRe(), again.spanRe(), 1e-24);
        store.remove(all.getFirst());
        assertTrue(store.list().isEmpty());
        try (var files = Files.list(dir.resolve("marks"))) {
            assertEquals(0, files.count(), "properties and thumbnail both gone");
        }
    }

    @Test
    void deepDecimalsAreKeptAsTyped() {
        String re = "-1.74995768370601374908305069478602955233684214932145";
        Bookmark b = new Bookmark("deep", re, "0.00000000000000000000000000001", "1.8e-157", 50000,
                new int[Bookmark.THUMB_W * Bookmark.THUMB_H]);
        assertEquals(re, b.centerRe());
        assertTrue(b.describe().contains("1.8E-157"), b.describe());
    }

    @Test
    void badNamesAndLocationsAreRefusedWithAReason() {
        int[] t = new int[Bookmark.THUMB_W * Bookmark.THUMB_H];
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Bookmark("  ", "0", "0", "1", 10, t))
                .getMessage().contains("needs a name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Bookmark("x", "abc", "0", "1", 10, t))
                .getMessage().contains("centre re must be a decimal"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Bookmark("x", "0", "0", "-1", 10, t))
                .getMessage().contains("span must be positive"));
    }

    @Test
    void goingToABookmarkShowsItsPlaceAndLimit() {
        Viewport v = Viewport.centered(-0.75, 0.1, 0.01, 90, 60);
        Bookmark b = Bookmark.of("valley", v, 777, new int[90 * 60]);
        ExplorerModel model = FxTest.call(() -> new ExplorerModel(Viewport.fullSet(90, 60),
                RenderSettings.defaults().withMaxIter(100).withThreads(1), javafx.application.Platform::runLater));
        try {
            FxTest.run(() -> {
                model.goTo(b);
                assertEquals(777, model.settings().maxIter());
                assertEquals(v.centerRe(), model.viewport().centerRe(), 1e-15);
                assertEquals(v.spanRe(), model.viewport().spanRe(), 1e-15);
                assertTrue(model.canBackProperty().get(), "a history step");
            });
        } finally {
            FxTest.run(model::close);
        }
    }
}
