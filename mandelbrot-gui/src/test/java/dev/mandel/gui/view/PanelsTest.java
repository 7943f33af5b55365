package dev.mandel.gui.view;

import dev.mandel.color.Colorizer;
import dev.mandel.gui.FxTest;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.render.Frame;
import dev.mandel.render.TaskTrace;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The panels show exactly the frame: one histogram bar per row, one timeline bar per task. */
class PanelsTest {

    private ExplorerModel model;
    private ViewerWindow window;

    @BeforeEach
    void setUp() {
        RenderSettings s = RenderSettings.defaults().withMaxIter(300).withThreads(2)
                .withSchedule(Schedule.FORKJOIN).withPartitionFactor(4);
        window = FxTest.call(() -> {
            model = new ExplorerModel(Preset.CLASSROOM.view(160, 120), s, Platform::runLater);
            ViewerWindow w = new ViewerWindow(model);
            new Scene(w, 900, 600);
            return w;
        });
    }

    @AfterEach
    void tearDown() {
        FxTest.run(() -> {
            window.pump().stop();
            model.close();
        });
    }

    private Frame renderAt(int w, int h) {
        FxTest.run(() -> model.resize(w, h));
        FxTest.waitUntil(() -> model.frame() != null && !model.renderingProperty().get()
                && model.frame().request().view().equals(model.viewport()), Duration.ofSeconds(30), "a frame");
        return FxTest.call(model::frame);
    }

    @Test
    void histogramHasOneBarPerRowSummingToTheFrameTotal() {
        Frame f = renderAt(160, 120);
        FxTest.run(() -> {
            RowHistogram h = window.histogram().model();
            assertEquals(f.rows(), h.bars());
            assertEquals(f.rows(), h.knownRows());
            assertEquals(f.totalIterations(), h.total());
            for (int r = 0; r < f.rows(); r++) {
                assertEquals(f.rowTotals()[r], h.value(r), "row " + r);
            }
            // Aligned with the image: bar r starts where image row r starts when the heights agree.
            assertEquals(37.0, RowHistogramPanel.barTop(37, f.rows(), f.rows()));
        });
    }

    @Test
    void timelineHasOneBarPerTaskAndHoverDescribesIt() {
        Frame f = renderAt(160, 120);
        FxTest.run(() -> {
            TimelineModel t = window.timeline().model();
            TaskTrace trace = f.trace();
            assertEquals(trace.tasks(), t.bars().size());
            assertEquals(8, t.bars().size()); // 2 workers x factor 4
            assertEquals(trace.workers(), t.lanes());
            for (TimelineModel.Bar b : t.bars()) {
                assertEquals(trace.firstRow(b.task()), b.firstRow());
                assertEquals(trace.lastRow(b.task()), b.lastRow());
                assertEquals(trace.iterations(b.task()), b.iterations());
                assertTrue(b.endNanos() >= b.startNanos());
            }
            long iterations = t.bars().stream().mapToLong(TimelineModel.Bar::iterations).sum();
            assertEquals(f.totalIterations(), iterations);

            // Hover the middle of the longest bar: the header names its rows.
            TimelinePanel panel = window.timeline();
            panel.resize(800, 150);
            TimelineModel.Bar longest = t.bars().stream()
                    .max(java.util.Comparator.comparingLong(TimelineModel.Bar::durationNanos)).orElseThrow();
            double plotW = 800 - TimelinePanel.LEFT - TimelinePanel.RIGHT;
            double x = TimelinePanel.LEFT + (longest.startNanos() + longest.durationNanos() / 2.0) / t.wallNanos() * plotW;
            double laneH = (150 - TimelinePanel.TOP - TimelinePanel.BOTTOM) / t.lanes();
            double y = TimelinePanel.TOP + (longest.worker() + 0.5) * laneH;
            String text = panel.hover(x, y);
            assertTrue(text.contains("rows " + longest.firstRow() + "–" + longest.lastRow()), text);
        });
    }

    @Test
    void pictureOverlayAndHistogramAgreeWithTheFrame() {
        Frame f = renderAt(160, 120);
        FxTest.run(() -> {
            FramePainter p = window.painter();
            assertEquals(f.rows(), p.paintedRows());
            Colorizer colours = new Colorizer(model.settings().palette(), f.maxIter());
            for (int i = 0; i < f.counts().length; i += 7) {
                assertEquals(colours.argb(f.counts()[i]), p.argb()[i], "pixel " + i);
            }
            int[] owners = window.fractalView().overlay().rowWorkers();
            TaskTrace trace = f.trace();
            for (int t = 0; t < trace.tasks(); t++) {
                for (int r = trace.firstRow(t); r <= trace.lastRow(t); r++) {
                    assertEquals(trace.worker(t), owners[r]);
                    assertEquals(trace.worker(t), window.histogram().model().worker(r));
                }
            }
        });
    }

    @Test
    void savesImageHistogramAndTimelineAsPng(@TempDir Path dir) throws Exception {
        renderAt(160, 120);
        FxTest.run(() -> {
            window.histogram().resize(150, 120);
            window.timeline().resize(600, 150);
            try {
                window.saveImage(dir.resolve("view.png"));
                window.saveHistogram(dir.resolve("histogram.png"));
                window.saveTimeline(dir.resolve("timeline.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        var image = javax.imageio.ImageIO.read(dir.resolve("view.png").toFile());
        assertEquals(160, image.getWidth());
        assertEquals(120, image.getHeight());
        var hist = javax.imageio.ImageIO.read(dir.resolve("histogram.png").toFile());
        assertEquals(150, hist.getWidth());
        assertTrue(Files.size(dir.resolve("timeline.png")) > 0);
    }

    @Test
    void copyCommandDescribesTheShownView() {
        Frame f = renderAt(160, 120);
        String line = FxTest.call(window::copyCommand);
        Viewport v = f.request().view();
        assertTrue(line.startsWith("./mandelbrot render --region " + v.xMin() + "," + v.xMax() + ","), line);
        assertTrue(line.contains("--size 160x120 --max-iter 300 --kernel auto --precision auto --schedule forkjoin --threads 2"
                + " --partition-factor 4 --palette classic -o view.png"), line);
    }
}
