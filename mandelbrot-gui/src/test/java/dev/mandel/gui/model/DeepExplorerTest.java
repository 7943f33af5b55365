package dev.mandel.gui.model;

import dev.mandel.deep.DeepView;
import dev.mandel.gui.FxTest;
import dev.mandel.render.Frame;
import dev.mandel.view.Viewport;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The viewer model past double precision: wheel and box into the deep path, locations, the way back. */
class DeepExplorerTest {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private ExplorerModel model;

    @AfterEach
    void tearDown() {
        if (model != null) {
            FxTest.run(model::close);
        }
    }

    private void open(Viewport view) {
        RenderSettings cheap = RenderSettings.defaults().withMaxIter(200).withThreads(2);
        model = FxTest.call(() -> new ExplorerModel(view, cheap, Platform::runLater));
        FxTest.run(() -> model.resize(view.width(), view.height()));
    }

    private Frame awaitFrame(String what) {
        FxTest.waitUntil(() -> model.frame() != null && !model.renderingProperty().get(), WAIT, what);
        return FxTest.call(model::frame);
    }

    @Test
    void theWheelZoomsSeamlesslyPastTheDoubleLimit() {
        open(Viewport.centered(-0.743643887037158704752191506114774, 0.131825904205311970493132056385139, 1e-12,
                64, 48));
        awaitFrame("the first frame");
        for (int step = 0; step < 30; step++) {
            FxTest.run(() -> model.zoomAt(32, 24, 1.25));
        }
        assertNotNull(FxTest.call(model::deep), "past 1e-13 the view is deep");
        FxTest.waitUntil(() -> !model.deepStatusProperty().get().isEmpty() && model.frame() != null
                && model.frame().request().view().width() == 64 && !model.renderingProperty().get(), WAIT, "a deep frame");
        String status = FxTest.call(() -> model.deepStatusProperty().get());
        assertTrue(status.contains("deep zoom: span") && status.contains("double"), status);
        Frame deep = awaitFrame("the deep frame");
        assertEquals("deep", deep.kernel());
        assertEquals(48, deep.rowTotals().length, "per-row costs at depth");
        assertTrue(deep.trace().tasks() > 1, "the task trace at depth");
    }

    @Test
    void locationsRoundTripWithAllTheirDigitsAndTheWayBackLeavesDeep() {
        open(Viewport.fullSet(48, 32));
        awaitFrame("the first frame");
        String flake = "-1.99996619445037030418434688506350579675531241540724851511761922944801584242342684381376129778"
                + "868913812287046406560949864353810575744772166485672496092803920095332,"
                + "3.0013824367909383240724973039775924987346831190773335270174257280120474975614823581185647299288"
                + "414075519224186504978181625478529E-34";
        FxTest.run(() -> model.goTo(flake + " 1e-60"));
        DeepView d = FxTest.call(model::deep);
        assertNotNull(d);
        assertEquals(flake + " 1E-60", FxTest.call(model::locationText));
        assertTrue(FxTest.call(model::reproduceCommand).contains("--span 1E-60"));
        FxTest.waitUntil(() -> model.deepStatusProperty().get().contains("1E-60"), WAIT, "the deep frame's status");
        awaitFrame("the deep frame");
        FxTest.run(model::back);
        assertNull(FxTest.call(model::deep));
        assertEquals("", FxTest.call(() -> model.deepStatusProperty().get()));
        FxTest.run(() -> model.goTo("nonsense"));
        assertFalse(FxTest.call(() -> model.messageProperty().get()).isEmpty());
        assertNull(FxTest.call(model::deep), "a bad location leaves the view as it was");
    }

    @Test
    void aBookmarkOfADeepViewKeepsItsDecimalLocationAndGoesBackExactly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        open(Viewport.fullSet(48, 32));
        awaitFrame("the first frame");
        String re = "-1.99996619445037030418434688506350579675531241540724851511761922944801584242342684381376129778"
                + "868913812287046406560949864353810575744772166485672496092803920095332";
        String im = "3.0013824367909383240724973039775924987346831190773335270174257280120474975614823581185647299288"
                + "414075519224186504978181625478529E-34";
        FxTest.run(() -> model.goTo(re + "," + im, "1.8e-157"));
        Frame first = awaitDeep("the deep frame");
        DeepView there = FxTest.call(model::deep);
        Bookmark b = FxTest.call(() -> model.bookmark("flake", new int[48 * 32]));
        assertEquals(re, b.centerRe());
        assertEquals(im, b.centerIm());
        assertEquals("1.8E-157", b.span());
        Bookmarks store = new Bookmarks(dir);
        store.add(b);
        Bookmark read = store.list().getFirst().bookmark();
        assertEquals(b.centerRe(), read.centerRe(), "every digit on disk");
        assertEquals(b.centerIm(), read.centerIm());
        assertEquals(b.span(), read.span());

        FxTest.run(model::reset);
        FxTest.waitUntil(() -> model.deep() == null && model.frame() != null && !"deep".equals(model.frame().kernel())
                && !model.renderingProperty().get(), WAIT, "back at the surface");
        FxTest.run(() -> model.goTo(read));
        DeepView back = FxTest.call(model::deep);
        assertEquals(there, back, "the same decimal centre, span and grid");
        assertEquals(there.centreText(), back.centreText());
        Frame again = awaitDeep("the bookmarked deep frame");
        assertEquals(first.maxIter(), again.maxIter(), "the same automatic limit");
        assertTrue(java.util.Arrays.equals(first.counts(), again.counts()), "the same picture");
    }

    private Frame awaitDeep(String what) {
        FxTest.waitUntil(() -> model.frame() != null && "deep".equals(model.frame().kernel())
                && model.deep() != null && !model.renderingProperty().get(), WAIT, what);
        return FxTest.call(model::frame);
    }

    @Test
    void panningAtDepthReusesTheOrbit() {
        open(Viewport.fullSet(64, 48));
        awaitFrame("the first frame");
        FxTest.run(() -> model.goTo("-0.743643887037158704752191506114774,0.131825904205311970493132056385139", "1e-25"));
        FxTest.waitUntil(() -> model.deepStatusProperty().get().contains("orbit"), WAIT, "the first deep frame");
        awaitFrame("the first deep frame");
        FxTest.run(() -> model.pan(5, 3));
        FxTest.waitUntil(() -> model.deepStatusProperty().get().contains("(reused)"), WAIT, "the panned frame");
    }
}
