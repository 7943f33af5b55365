package dev.mandel.gui.view;

import dev.mandel.color.Colorizer;
import dev.mandel.color.Palette;
import dev.mandel.gui.FxTest;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.PointPreview;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.view.Viewport;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The orbit follows the escape-time loop; the Julia preview shows the set of the point under the cursor. */
class PointPreviewTest {

    @Test
    void orbitsFollowTheLoopByHand() {
        // c = 1: 0, 1, 2, 5 and |5| > 2 ends it.
        assertArrayEquals(new double[] {0, 0, 1, 0, 2, 0, 5, 0}, PointPreview.orbit(1, 0, 100));
        // c = 0 never moves: every one of the steps is kept.
        assertEquals(2 * 101, PointPreview.orbit(0, 0, 100).length);
        // c = i: 0, i, -1+i, -i, -1+i, ... a cycle that stays bounded.
        double[] o = PointPreview.orbit(0, 1, 10);
        assertEquals(22, o.length);
        assertEquals(-1, o[4]);
        assertEquals(1, o[5]);
    }

    @Test
    void juliaOfZeroIsTheUnitDisc() {
        int w = 36;
        int h = 24;
        int[] argb = PointPreview.julia(0, 0, w, h, 50, Palette.CLASSIC);
        Colorizer c = new Colorizer(Palette.CLASSIC, 50);
        double dx = 2 * PointPreview.JULIA_HALF_WIDTH / w;
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                double x = -PointPreview.JULIA_HALF_WIDTH + i * dx;
                double y = dx * h / 2 - j * dx;
                double r = Math.hypot(x, y);
                if (r < 0.95) {
                    assertEquals(c.argb(50), argb[j * w + i], "inside the disc at " + x + "," + y);
                } else if (r > 1.05) {
                    assertTrue(argb[j * w + i] != c.argb(50), "outside the disc at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void thePaneShowsTheJuliaSetOfTheLatestPoint() {
        ExplorerModel model = FxTest.call(() -> new ExplorerModel(Viewport.fullSet(90, 60),
                RenderSettings.defaults().withMaxIter(100).withThreads(1), Platform::runLater));
        ViewerWindow window = FxTest.call(() -> {
            ViewerWindow w = new ViewerWindow(model);
            new Scene(w, 900, 600);
            return w;
        });
        try {
            PointPreviewPane pane = FxTest.call(window::pointPreview);
            Point2D c = new Point2D(-0.12, 0.75);
            FxTest.run(() -> {
                pane.julia.setSelected(true);
                pane.request(new Point2D(0.3, 0.5));
                pane.request(c); // the newer point wins
            });
            FxTest.waitUntil(() -> c.equals(pane.shown()), Duration.ofSeconds(20), "the preview");
            int[] expected = PointPreview.julia(c.getX(), c.getY(), PointPreviewPane.W, PointPreviewPane.H, 300,
                    RenderSettings.defaults().palette());
            int[] shown = FxTest.call(() -> {
                int[] px = new int[PointPreviewPane.W * PointPreviewPane.H];
                pane.image().getPixelReader().getPixels(0, 0, PointPreviewPane.W, PointPreviewPane.H,
                        javafx.scene.image.PixelFormat.getIntArgbInstance(), px, 0, PointPreviewPane.W);
                return px;
            });
            assertArrayEquals(expected, shown);
            FxTest.run(() -> {
                pane.orbit.setSelected(true);
                assertTrue(window.fractalView().orbitProperty().get(), "the switch drives the picture's orbit layer");
                assertEquals(4, window.fractalView().orbitPoints(1, 0));
            });
        } finally {
            FxTest.run(() -> {
                window.pump().stop();
                window.pointPreview().close();
                model.close();
            });
        }
    }
}
