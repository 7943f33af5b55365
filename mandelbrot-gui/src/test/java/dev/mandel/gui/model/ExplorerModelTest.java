package dev.mandel.gui.model;

import dev.mandel.gui.FxTest;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The view model's navigation: zoom about a point, pan, box zoom, history. */
class ExplorerModelTest {

    private ExplorerModel model;

    @BeforeEach
    void setUp() {
        // Cheap settings: these tests are about view arithmetic, not rendering.
        RenderSettings cheap = RenderSettings.defaults().withMaxIter(50).withThreads(1);
        model = FxTest.call(() -> new ExplorerModel(Viewport.fullSet(120, 80), cheap, Platform::runLater));
    }

    @AfterEach
    void tearDown() {
        FxTest.run(model::close);
    }

    @Test
    void zoomAtKeepsThePointUnderTheCursorFixed() {
        double[][] cursors = {{30.5, 20.25}, {0, 0}, {119, 79}, {60, 40}};
        for (double[] c : cursors) {
            FxTest.run(() -> {
                Viewport before = model.viewport();
                double re = before.xMin() + c[0] * before.dx();
                double im = before.yMax() - c[1] * before.dy();
                model.zoomAt(c[0], c[1], 3.0);
                Viewport after = model.viewport();
                assertEquals(re, after.xMin() + c[0] * after.dx(), 1e-12 * before.spanRe());
                assertEquals(im, after.yMax() - c[1] * after.dy(), 1e-12 * before.spanIm());
                assertEquals(before.spanRe() / 3.0, after.spanRe(), 1e-12 * before.spanRe());
                assertEquals(before.width(), after.width());
            });
        }
    }

    @Test
    void panMovesTheContentByWholePixels() {
        FxTest.run(() -> {
            Viewport before = model.viewport();
            model.pan(12, -5);
            Viewport after = model.viewport();
            // Content moves right by 12 px: the view's left edge moves left by 12 pixel widths.
            assertEquals(before.xMin() - 12 * before.dx(), after.xMin(), 1e-12);
            assertEquals(before.yMax() - 5 * before.dy(), after.yMax(), 1e-12);
            assertEquals(before.spanRe(), after.spanRe(), 1e-12);
        });
    }

    @Test
    void historyGoesBackAndForwardExactly() {
        FxTest.run(() -> {
            Viewport v0 = model.viewport();
            assertFalse(model.canBackProperty().get());
            model.zoomAt(10, 10, 2);
            Viewport v1 = model.viewport();
            model.pan(7, 3);
            Viewport v2 = model.viewport();
            model.back();
            assertEquals(v1, model.viewport());
            model.back();
            assertEquals(v0, model.viewport());
            assertFalse(model.canBackProperty().get());
            assertTrue(model.canForwardProperty().get());
            model.forward();
            model.forward();
            assertEquals(v2, model.viewport());
            assertFalse(model.canForwardProperty().get());
            model.back();
            model.zoomToBox(10, 10, 50, 40); // a new visit drops the forward entry
            assertFalse(model.canForwardProperty().get());
            assertNotEquals(v2, model.viewport());
        });
    }

    @Test
    void aDragIsOneHistoryEntry() {
        FxTest.run(() -> {
            Viewport v0 = model.viewport();
            model.beginDrag();
            for (int i = 0; i < 10; i++) {
                model.dragBy(3, 1);
            }
            model.endDrag();
            assertEquals(v0.xMin() - 30 * v0.dx(), model.viewport().xMin(), 1e-12);
            model.back();
            assertEquals(v0, model.viewport());
        });
    }

    @Test
    void resizeKeepsCentreAndHorizontalSpan() {
        FxTest.run(() -> {
            Viewport before = model.viewport();
            model.resize(300, 100);
            Viewport after = model.viewport();
            assertEquals(300, after.width());
            assertEquals(100, after.height());
            assertEquals(before.centerRe(), after.centerRe(), 1e-12);
            assertEquals(before.centerIm(), after.centerIm(), 1e-12);
            assertEquals(before.spanRe(), after.spanRe(), 1e-12);
        });
    }

    @Test
    void presetShowsItsWholeRegionAndTakesItsIterationLimit() {
        FxTest.run(() -> {
            model.applyPreset(Preset.CLASSROOM);
            Viewport v = model.viewport();
            Viewport p = Preset.CLASSROOM.view();
            assertTrue(v.xMin() <= p.xMin() && v.xMax() >= p.xMax());
            assertTrue(v.yMin() <= p.yMin() + 1e-12 && v.yMax() >= p.yMax() - 1e-12);
            assertEquals(Preset.CLASSROOM.maxIter(), model.settings().maxIter());
            assertEquals(v.dx(), v.dy(), 1e-12); // square pixels
        });
    }

    @Test
    void zoomGoesOnPastTheLimitOfDoublePrecisionOnTheDeepPath() {
        FxTest.run(() -> {
            for (int i = 0; i < 200; i++) {
                model.zoomAt(60, 40, 4);
            }
            assertTrue(model.deep() != null, "deep beyond double (docs/deep-zoom.md)");
            assertTrue(model.deep().log10Span() < -100, model.deep().spanText());
            assertTrue(model.viewport().resolvable(), "the grid the renderer schedules");
        });
    }

    @Test
    void invalidSettingIsAMessageNotACrash() {
        FxTest.run(() -> {
            RenderSettings before = model.settings();
            model.setThreads(0);
            assertEquals(before, model.settings());
            assertTrue(model.messageProperty().get().contains("threads"));
        });
    }
}
