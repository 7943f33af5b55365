package dev.mandel.gui.model;

import dev.mandel.gui.FxTest;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.Frame;
import dev.mandel.view.Viewport;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Start-up: a frame that starts while the kernel warm-up runs is marked cold, and once the warm-up
 * ends the view is rendered again so the frame on screen is a warm one.
 */
class StartupTest {

    private ExplorerModel model;

    @AfterEach
    void tearDown() {
        if (model != null) {
            FxTest.run(model::close);
        }
    }

    @Test
    void aFrameDuringTheWarmupIsMarkedColdAndReplacedByAWarmOne() {
        KernelWarmup warmup = KernelWarmup.start(KernelProvider.best());
        List<Boolean> coldFlags = new ArrayList<>();
        FxTest.run(() -> {
            model = new ExplorerModel(Viewport.fullSet(80, 60), RenderSettings.defaults().withMaxIter(100),
                    Platform::runLater);
            model.followWarmup(warmup);
            model.frameProperty().addListener((o, a, f) -> coldFlags.add(model.coldFrameProperty().get()));
            assertTrue(warmup.isDone() || model.warmingUpProperty().get());
            model.resize(80, 60); // the first frame, started at once, as the window's first layout does
        });
        FxTest.waitUntil(() -> warmup.isDone() && !model.warmingUpProperty().get() && !model.renderingProperty().get()
                && model.frame() != null && !model.coldFrameProperty().get(), Duration.ofSeconds(60),
                "a warm frame after the warm-up");
        List<Boolean> flags = FxTest.call(() -> List.copyOf(coldFlags));
        assertFalse(flags.isEmpty());
        assertFalse(flags.getLast(), "the last frame is a warm one: " + flags);
        if (flags.getFirst()) {
            assertTrue(flags.size() >= 2, "a cold frame is followed by a warm one: " + flags);
        }
    }

    @Test
    void theWarmupEndsAfterSeveralRounds() {
        KernelWarmup warmup = KernelWarmup.start(KernelProvider.best());
        KernelWarmup.Result r = warmup.done().join();
        assertTrue(r.rounds() >= 2, "rounds " + r.rounds());
        assertTrue(warmup.isDone());
    }

    @Test
    void withoutAWarmupNoFrameIsCold() {
        FxTest.run(() -> {
            model = new ExplorerModel(Viewport.fullSet(40, 30), RenderSettings.defaults().withMaxIter(50),
                    Platform::runLater);
            model.followWarmup(KernelWarmup.none());
            assertFalse(model.warmingUpProperty().get());
            model.resize(40, 30);
        });
        FxTest.waitUntil(() -> model.frame() != null && !model.renderingProperty().get(), Duration.ofSeconds(30),
                "a frame");
        Frame f = FxTest.call(model::frame);
        assertTrue(f.wallNanos() > 0);
        assertFalse(FxTest.call(() -> model.coldFrameProperty().get()));
    }
}
