package dev.mandel.gui.view;

import dev.mandel.gui.FxTest;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.render.Frame;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Preset;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The status line keeps long notices whole on a line of their own, the timeline says it is stale
 * while a new frame renders, and every timeline caption names when each worker started.
 */
class StatusAndTimelineTest {

    private ExplorerModel model;
    private ViewerWindow window;
    private Scene scene;

    @BeforeEach
    void setUp() {
        RenderSettings s = RenderSettings.defaults().withMaxIter(2000).withThreads(2)
                .withSchedule(Schedule.FORKJOIN).withPartitionFactor(4);
        window = FxTest.call(() -> {
            model = new ExplorerModel(Preset.CLASSROOM.view(160, 120), s, Platform::runLater);
            ViewerWindow w = new ViewerWindow(model);
            scene = new Scene(w, 900, 600);
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
    void aLongNoticeGetsItsOwnWrappedLineAndATooltip() {
        renderAt(160, 120);
        String longText = "zoom limit: neighbouring pixels would map to the same double; ".repeat(6).trim();
        FxTest.run(() -> {
            StatusBar bar = (StatusBar) window.getBottom();
            assertFalse(bar.messageLabel().isVisible(), "no notice, no second line");
            model.notice(longText);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            assertTrue(bar.messageLabel().isVisible());
            assertEquals(longText, bar.messageLabel().getText());
            assertEquals(longText, bar.messageLabel().getTooltip().getText());
            assertTrue(bar.messageLabel().isWrapText());
            // Whole: the label is as tall as its wrapped text needs, so nothing is cut with an ellipsis.
            double needed = bar.messageLabel().prefHeight(bar.messageLabel().getWidth());
            assertTrue(bar.messageLabel().getHeight() >= needed - 0.5,
                    "height " + bar.messageLabel().getHeight() + " < needed " + needed);
        });
    }

    @Test
    void theTimelineIsMarkedStaleWhileANewFrameRendersAndNamesWorkerStarts() {
        Frame first = renderAt(160, 120);
        FxTest.run(() -> {
            assertFalse(window.timeline().isStale());
            String header = window.timeline().header();
            assertTrue(header.contains("load balance"), header);
            assertTrue(header.contains("workers started after"), header);
            assertEquals(TimelineModel.of(first).describeStarts(),
                    header.substring(header.indexOf("workers started after"), header.indexOf(" · hover")));
            model.zoomCentre(1.5); // a new frame starts: the bars shown are the previous frame's
            assertTrue(model.renderingProperty().get());
            assertTrue(window.timeline().isStale());
            assertTrue(window.timeline().header().startsWith("PREVIOUS FRAME"));
        });
        FxTest.waitUntil(() -> !model.renderingProperty().get() && model.frame() != first, Duration.ofSeconds(30),
                "the next frame");
        FxTest.run(() -> assertFalse(window.timeline().isStale()));
    }

    @Test
    void startLatencyIsEachWorkersFirstTaskStart() {
        Frame f = renderAt(160, 120);
        TimelineModel t = TimelineModel.of(f);
        long[] starts = t.startLatencyNanos();
        assertEquals(2, starts.length);
        for (int w = 0; w < starts.length; w++) {
            long min = Long.MAX_VALUE;
            for (int task = 0; task < f.trace().tasks(); task++) {
                if (f.trace().worker(task) == w) {
                    min = Math.min(min, f.trace().startNanos(task));
                }
            }
            assertEquals(min == Long.MAX_VALUE ? -1 : min, starts[w], "worker " + w);
        }
        assertEquals(Math.max(Math.max(starts[0], starts[1]), 0), t.lastStartNanos());
    }
}
