package dev.mandel.gui.view;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.gui.FxTest;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderJob;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Viewport;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Controls reach the renderer, and renders supersede each other without piling up. */
class WiringTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private ExplorerModel model;

    @AfterEach
    void tearDown() {
        if (model != null) {
            FxTest.run(model::close);
        }
    }

    private ControlsPane controlsFor(Viewport view, RenderSettings settings) {
        return FxTest.call(() -> {
            model = new ExplorerModel(view, settings, Platform::runLater);
            ControlsPane controls = new ControlsPane(model);
            new Scene(controls);
            return controls;
        });
    }

    private Frame awaitFrame(java.util.function.Predicate<Frame> matches, String what) {
        FxTest.waitUntil(() -> model.frame() != null && !model.renderingProperty().get() && matches.test(model.frame()),
                WAIT, what);
        return FxTest.call(model::frame);
    }

    @Test
    void changingAControlRendersWithThatSetting() {
        ControlsPane c = controlsFor(Viewport.fullSet(96, 64), RenderSettings.defaults().withMaxIter(100));
        FxTest.run(() -> model.resize(96, 64));
        awaitFrame(f -> true, "the first frame");

        FxTest.run(() -> c.schedule.setValue(Schedule.STATIC));
        Frame f = awaitFrame(fr -> fr.request().schedule() == Schedule.STATIC, "a static frame");
        assertEquals(Schedule.STATIC, FxTest.call(() -> model.settings().schedule()));
        assertEquals(f.threads(), f.trace().tasks()); // one band per worker

        FxTest.run(() -> c.threads.getValueFactory().setValue(3));
        f = awaitFrame(fr -> fr.threads() == 3, "a 3-thread frame");
        assertEquals(3, f.trace().tasks());

        FxTest.run(() -> c.schedule.setValue(Schedule.FORKJOIN));
        FxTest.run(() -> c.partitionFactor.getValueFactory().setValue(5));
        f = awaitFrame(fr -> fr.request().partitionFactor() == 5 && fr.request().schedule() == Schedule.FORKJOIN,
                "a factor-5 frame");
        assertEquals(15, f.trace().tasks());

        FxTest.run(() -> c.maxIter.getValueFactory().setValue(321));
        f = awaitFrame(fr -> fr.maxIter() == 321, "a 321-iteration frame");
        assertEquals(321, f.request().maxIter());

        FxTest.run(() -> c.kernel.setValue(KernelChoice.SCALAR));
        // Auto precision: the scalar kernel of either number type ("scalar" or "scalar-float").
        f = awaitFrame(fr -> fr.kernel().startsWith(new dev.mandel.kernel.ScalarKernel().name()), "a scalar frame");
        assertEquals(96, f.width());

        FxTest.run(() -> c.smooth.setSelected(true));
        f = awaitFrame(fr -> fr.request().smooth(), "a smooth frame");
        assertNotNull(f.escapeMag2());
    }

    @Test
    void paletteChangeRecoloursWithoutRendering() {
        ControlsPane c = controlsFor(Viewport.fullSet(64, 48), RenderSettings.defaults().withMaxIter(100));
        FxTest.run(() -> model.resize(64, 48));
        Frame first = awaitFrame(f -> true, "the first frame");
        FxTest.run(() -> c.palette.setValue(dev.mandel.color.Palette.FIRE));
        assertFalse(FxTest.call(() -> model.renderingProperty().get()));
        assertSame(first, FxTest.call(model::frame));
    }

    @Test
    void aNewerRenderCancelsTheOlderAndRapidRequestsCoalesce() {
        // All interior: every pixel runs to the limit, so the first job takes seconds and is surely in flight.
        Viewport interior = Viewport.centered(-0.1, 0.0, 0.2, 200, 400);
        RenderSettings heavy = RenderSettings.defaults().withMaxIter(200_000).withThreads(2);
        controlsFor(interior, heavy);
        List<RenderJob> started = new ArrayList<>();
        FxTest.run(() -> {
            model.jobProperty().addListener((o, a, b) -> started.add(b));
            model.resize(200, 400);
        });
        RenderJob first = FxTest.call(() -> started.getFirst());
        // A burst of changes while the first job runs: the first is cancelled, only the last one runs.
        FxTest.run(() -> {
            for (int i = 1; i <= 20; i++) {
                model.setMaxIter(1000 + i);
            }
        });
        assertTrue(first.isCancelled());
        Frame f = awaitFrame(fr -> fr.maxIter() == 1020, "the last requested frame");
        assertThrows(CancellationException.class, () -> first.future().join());
        List<RenderJob> jobs = FxTest.call(() -> List.copyOf(started));
        assertEquals(2, jobs.size(), "only the job in flight and the latest request ever start");
        assertSame(jobs.get(1), FxTest.call(() -> model.jobProperty().get()));
        assertEquals(1020, jobs.get(1).request().maxIter());
        assertNotNull(f);
    }
}
