package dev.mandel.gui.classroom;

import dev.mandel.color.Colorizer;
import dev.mandel.color.CostMap;
import dev.mandel.gui.FxTest;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.gui.view.TimelineModel;
import dev.mandel.gui.view.ViewerWindow;
import dev.mandel.kernel.LaneOccupancy;
import dev.mandel.render.Frame;
import dev.mandel.schedule.Schedule;
import dev.mandel.simulate.Simulator;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The classroom on a tiny view (96 x 64, 200 iterations, no warm-up, one repetition): every number
 * it shows comes from the core pieces it claims to (simulator, cost map, lane twin, sessions).
 */
class ClassroomPaneTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private ExplorerModel model;
    private ViewerWindow window;
    private ClassroomPane pane;

    @BeforeEach
    void setUp() {
        // Double precision: the simulator's row costs are the double kernel's counts.
        RenderSettings s = RenderSettings.defaults().withMaxIter(200).withThreads(2)
                .withSchedule(Schedule.FORKJOIN).withPartitionFactor(4)
                .withPrecision(dev.mandel.kernel.Precision.DOUBLE);
        pane = FxTest.call(() -> {
            model = new ExplorerModel(Preset.CLASSROOM.view(96, 64), s, Platform::runLater);
            window = new ViewerWindow(model);
            new Scene(window, 900, 600);
            return new ClassroomPane(model, Platform::runLater, 0, 1, 0);
        });
        renderAt(96, 64);
    }

    @AfterEach
    void tearDown() {
        FxTest.run(() -> {
            pane.close();
            window.pump().stop();
            model.close();
        });
    }

    private Frame renderAt(int w, int h) {
        FxTest.run(() -> model.resize(w, h));
        return settled();
    }

    private Frame settled() {
        FxTest.waitUntil(() -> model.frame() != null && !model.renderingProperty().get()
                && model.frame().request().view().equals(model.viewport()), WAIT, "a frame");
        return FxTest.call(model::frame);
    }

    private <T> T await(Supplier<T> value, String what) {
        FxTest.waitUntil(() -> value.get() != null && !pane.busy(), WAIT, what);
        return FxTest.call(value::get);
    }

    @Test
    void predictThenMeasureShowsThreeNumbersAndThePredictionIsTheSimulators() {
        Frame shown = settled();
        FxTest.run(() -> {
            pane.choose(Schedule.FORKJOIN, 2, 4, "1.5");
            pane.runPrediction();
        });
        ClassroomBench.Prediction p = await(() -> pane.predictionProperty().get(), "the prediction");
        assertEquals(1.5, p.guess());
        assertEquals(64, p.costs().rows());
        // The simulator's input is this view's per-row iteration counts, as the explorer's frame has them.
        for (int r = 0; r < 64; r++) {
            assertEquals((double) shown.rowTotals()[r], p.costs().cost(r), "row " + r);
        }
        assertEquals(Simulator.run(p.costs(), Schedule.FORKJOIN, 2, 4).speedup(), p.predicted());
        assertTrue(p.predicted() >= 1.0 && p.predicted() <= 2.0, "2 workers: " + p.predicted());
        assertTrue(p.measured() > 0 && Double.isFinite(p.measured()), "measured " + p.measured());
        assertEquals((double) p.sequentialNanos() / p.chosenNanos(), p.measured());
        // The explorer takes the chosen setting afterwards.
        FxTest.waitUntil(() -> model.settings().partitionFactor() == 4 && model.settings().threads() == 2, WAIT, "settings");
    }

    @Test
    void aOverBStacksTwoTimelinesOnOneAxisWithOneBarPerTask() {
        FxTest.run(() -> {
            pane.choose(Schedule.FORKJOIN, 2, 8, "1.5");
            pane.runAB();
        });
        ClassroomBench.AB r = await(() -> pane.abProperty().get(), "the A/B run");
        TimelineModel a = FxTest.call(() -> pane.timelineA().model());
        TimelineModel b = FxTest.call(() -> pane.timelineB().model());
        assertEquals(Schedule.STATIC, r.staticFrame().request().schedule());
        assertEquals(Schedule.FORKJOIN, r.forkJoinFrame().request().schedule());
        assertEquals(2, a.bars().size()); // one band per thread
        assertEquals(r.staticFrame().trace().tasks(), a.bars().size());
        assertEquals(16, b.bars().size()); // 2 threads x factor 8
        assertEquals(r.forkJoinFrame().trace().tasks(), b.bars().size());
        assertEquals(a.wallNanos(), b.wallNanos(), "one time axis");
        assertEquals(Math.max(r.staticFrame().wallNanos(), r.forkJoinFrame().wallNanos()), a.wallNanos());
    }

    @Test
    void threadSweepMeasuresUpToTwiceTheCoresAndSimulatesBeyond() {
        int cores = Runtime.getRuntime().availableProcessors();
        FxTest.run(() -> {
            pane.choose(Schedule.FORKJOIN, 2, 4, "");
            pane.runThreadSweep();
        });
        ClassroomBench.SweepResult s = await(() -> pane.sweepProperty().get(), "the thread sweep");
        assertEquals(2 * cores, s.measured().size());
        for (int i = 0; i < s.measured().size(); i++) {
            assertEquals(i + 1, s.measured().get(i).x());
            assertTrue(s.measured().get(i).speedup() > 0);
        }
        assertTrue(s.simulated().stream().anyMatch(p -> p.x() > 2 * cores), "simulated beyond the machine");
        assertEquals(88.0, s.simulated().getLast().x());
        FxTest.run(() -> {
            var series = pane.chart().getData();
            assertEquals(4, series.size()); // measured, simulated ForkJoin, simulated static, ideal
            assertTrue(series.get(0).getName().startsWith(SpeedupChart.MEASURED), series.get(0).getName());
            assertTrue(series.get(1).getName().startsWith(SpeedupChart.SIMULATED), series.get(1).getName());
            assertTrue(series.get(2).getName().startsWith(SpeedupChart.SIMULATED), series.get(2).getName());
            assertEquals(SpeedupChart.IDEAL, series.get(3).getName());
            // Drawn on log2 axes.
            double edge = SpeedupChart.log2(2 * cores) + 1e-9;
            assertEquals(2 * cores, series.get(0).getData().size());
            assertTrue(series.get(0).getData().stream().allMatch(d -> d.getXValue().doubleValue() <= edge));
            assertTrue(series.get(1).getData().stream().anyMatch(d -> d.getXValue().doubleValue() > edge));
            for (int i = 0; i < s.measured().size(); i++) {
                assertEquals(SpeedupChart.log2(s.measured().get(i).speedup()),
                        series.get(0).getData().get(i).getYValue().doubleValue(), 1e-12);
            }
        });
        // Simulated points: the simulator on row times, so within [1, workers] (row times differ per run).
        for (ClassroomBench.Point p : s.simulated()) {
            assertTrue(p.speedup() >= 1.0 - 1e-9 && p.speedup() <= p.x() + 1e-9, "speedup within [1, workers]: " + p);
        }
    }

    @Test
    void factorSweepHasEveryFactorAndOneTaskPerRow() {
        FxTest.run(() -> {
            pane.choose(Schedule.FORKJOIN, 2, 4, "");
            pane.runFactorSweep();
        });
        ClassroomBench.SweepResult s = await(() -> pane.sweepProperty().get(), "the factor sweep");
        assertEquals(7, s.measured().size());
        assertEquals(7, s.simulated().size());
        assertEquals("1", s.measured().getFirst().label());
        assertEquals("32", s.measured().get(5).label());
        assertEquals("per row", s.measured().getLast().label());
        FxTest.run(() -> {
            var series = pane.chart().getData();
            // measured, simulated ForkJoin, simulated static (flat: static ignores the factor), ideal (= threads)
            assertEquals(4, series.size());
            assertEquals(SpeedupChart.IDEAL, series.get(SpeedupChart.IDEAL_INDEX).getName());
            for (var d : series.get(SpeedupChart.IDEAL_INDEX).getData()) {
                assertEquals(2.0, d.getYValue().doubleValue());
            }
            double flat = s.simulatedStatic().getFirst().speedup();
            assertTrue(s.simulatedStatic().stream().allMatch(p -> p.speedup() == flat));
            // Every measured and simulated point is labelled with its own value.
            for (int i = 0; i < 3; i++) {
                List<ClassroomBench.Point> src = i == 0 ? s.measured() : i == 1 ? s.simulated() : s.simulatedStatic();
                for (int k = 0; k < src.size(); k++) {
                    var node = series.get(i).getData().get(k).getNode();
                    assertTrue(node instanceof SpeedupChart.PointLabel, "series " + i + " point " + k);
                    assertEquals(String.format(java.util.Locale.ROOT, "%.2f", src.get(k).speedup()),
                            ((SpeedupChart.PointLabel) node).text());
                }
            }
        });
    }

    @Test
    void costMapTogglePaintsBrightnessByIterations() {
        Frame f = settled();
        FxTest.run(() -> model.costMapProperty().set(true));
        FxTest.run(() -> {
            int[] argb = window.painter().argb();
            CostMap map = new CostMap(f.maxIter());
            boolean grey = false;
            for (int i = 0; i < f.counts().length; i++) {
                assertEquals(map.argb(f.counts()[i]), argb[i], "pixel " + i);
            }
            for (int i = 0; i < f.counts().length && !grey; i++) {
                grey = new Colorizer(model.settings().palette(), f.maxIter()).argb(f.counts()[i]) != argb[i];
            }
            assertTrue(grey, "the cost map differs from the palette");
        });
        // A new render keeps the cost map, row by row.
        FxTest.run(() -> model.setMaxIter(150));
        Frame g = settled();
        FxTest.run(() -> {
            CostMap map = new CostMap(150);
            for (int i = 0; i < g.counts().length; i += 5) {
                assertEquals(map.argb(g.counts()[i]), window.painter().argb()[i], "pixel " + i);
            }
            model.costMapProperty().set(false);
            Colorizer colours = new Colorizer(model.settings().palette(), 150);
            for (int i = 0; i < g.counts().length; i += 5) {
                assertEquals(colours.argb(g.counts()[i]), window.painter().argb()[i], "pixel " + i);
            }
        });
    }

    @Test
    void sessionSaveThenLoadRestoresViewAndSettings(@TempDir Path dir) throws Exception {
        FxTest.run(() -> {
            model.setSchedule(Schedule.STATIC);
            model.setMaxIter(180);
        });
        Frame f = settled();
        Path file = dir.resolve("s.json");
        FxTest.run(() -> {
            try {
                pane.sessions().save(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            // Somewhere else with other settings, then back by loading.
            model.applyPreset(Preset.SEAHORSE);
            model.setSchedule(Schedule.FORKJOIN);
            model.setThreads(1);
        });
        settled();
        FxTest.run(() -> pane.sessions().load(file));
        settled();
        FxTest.run(() -> {
            // Same window size: the very same view, bit for bit.
            assertEquals(f.request().view(), model.viewport());
            assertEquals(Schedule.STATIC, model.settings().schedule());
            assertEquals(f.threads(), model.settings().threads());
            assertEquals(180, model.settings().maxIter());
            assertEquals(f.request().partitionFactor(), model.settings().partitionFactor());
            assertEquals(f.totalIterations(), pane.sessions().loaded().totalIterations());
        });
    }

    @Test
    void aSessionFromABiggerMachineSaysItsThreadsWereCappedAndTheNoticeStays(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.json");
        int many = RenderSettings.maxThreads() + 3;
        try (dev.mandel.render.Renderer big = new dev.mandel.render.Renderer(dev.mandel.kernel.KernelProvider.best(), many)) {
            Frame f = big.render(dev.mandel.render.RenderRequest.of(Preset.CLASSROOM.view(96, 64), 100)
                    .withSchedule(Schedule.STATIC, 1));
            dev.mandel.json.SessionFile.save(file, dev.mandel.session.Session.capture(f));
        }
        FxTest.run(() -> pane.sessions().load(file));
        settled();
        String notice = FxTest.call(() -> model.messageProperty().get());
        assertTrue(notice.contains("loaded session big.json"), notice);
        assertTrue(notice.contains("used " + many + " threads") && notice.contains("at most " + RenderSettings.maxThreads()),
                notice);
        assertEquals(RenderSettings.maxThreads(), (int) FxTest.call(() -> model.settings().threads()));
    }

    @Test
    void laneOccupancyPerRowIsTheTwinsAndWithinZeroAndOne() {
        assumeTrue(LaneOccupancy.available(), "needs the Vector API");
        FxTest.run(pane::runLanes);
        LaneOccupancy occ = await(() -> pane.lanesProperty().get(), "lane occupancy");
        Viewport v = FxTest.call(model::viewport);
        LaneOccupancy twin = LaneOccupancy.measure(v, 200);
        assertEquals(v, occ.view());
        assertEquals(v.height(), occ.rowOccupancies().length);
        boolean someWaste = false;
        for (int r = 0; r < v.height(); r++) {
            double o = occ.rowOccupancy(r);
            assertTrue(o >= 0 && o <= 1, "row " + r + ": " + o);
            assertEquals(twin.rowOccupancy(r), o, "row " + r);
            someWaste |= o < 1;
        }
        assertTrue(someWaste, "the classroom view has rows where lanes wait");
        assertNotEquals(0.0, occ.occupancy());
    }
}
