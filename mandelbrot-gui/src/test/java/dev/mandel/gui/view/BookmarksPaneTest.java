package dev.mandel.gui.view;

import dev.mandel.gui.FxTest;
import dev.mandel.gui.model.Bookmarks;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.view.Preset;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bookmark list: add the place on screen with a name and its thumbnail, go back to it, delete it. */
class BookmarksPaneTest {

    @TempDir
    Path dir;

    @Test
    void addGoAndDelete() {
        RenderSettings s = RenderSettings.defaults().withMaxIter(200).withThreads(2);
        ExplorerModel model = FxTest.call(() -> new ExplorerModel(Preset.SEAHORSE.view(90, 60), s, Platform::runLater));
        ViewerWindow window = FxTest.call(() -> {
            ViewerWindow w = new ViewerWindow(model);
            new Scene(w, 900, 600);
            model.resize(90, 60);
            return w;
        });
        try {
            FxTest.waitUntil(() -> model.frame() != null && !model.renderingProperty().get(), Duration.ofSeconds(30), "a frame");
            BookmarksPane pane = FxTest.call(() -> new BookmarksPane(model, window.painter(), new Bookmarks(dir)));
            FxTest.run(() -> {
                pane.name.setText("   ");
                assertFalse(pane.addCurrent(), "a blank name is refused");
                pane.name.setText("seahorse");
                assertTrue(pane.addCurrent());
                assertEquals(1, pane.list.getItems().size());
                var saved = pane.list.getItems().getFirst().bookmark();
                assertEquals("seahorse", saved.name());
                assertTrue(java.util.Arrays.stream(saved.thumbnail()).distinct().count() > 3, "a picture, not a blank");
                var here = model.viewport();
                model.zoomCentre(8);
                model.setMaxIter(300);
                pane.list.getSelectionModel().select(0);
                pane.goToSelected();
                assertEquals(here.centerRe(), model.viewport().centerRe(), 1e-15);
                assertEquals(here.spanRe(), model.viewport().spanRe(), 1e-15);
                assertEquals(200, model.settings().maxIter());
                pane.deleteSelected();
                assertTrue(pane.list.getItems().isEmpty());
            });
        } finally {
            FxTest.run(() -> {
                window.pump().stop();
                model.close();
            });
        }
    }
}
