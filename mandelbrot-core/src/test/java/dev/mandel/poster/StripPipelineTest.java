package dev.mandel.poster;

import dev.mandel.io.AtomicFile;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StripPipelineTest {

    @TempDir
    Path dir;

    @Test
    void deliversEveryRowOnceInOrderWithTheWholeFramesCounts() throws IOException {
        Viewport view = Preset.SEAHORSE.view(29, 23);
        PosterSpec spec = new PosterSpec(view, 300, Schedule.FORKJOIN, 3, false);
        int[] collected = new int[29 * 23];
        int[] nextRow = {0};
        PosterResult result;
        Frame whole;
        try (Renderer renderer = new Renderer(new ScalarKernel(), 2)) {
            result = new StripPipeline(renderer, PosterProgress.NONE).run(spec, StripPlan.of(spec, 4), (strip, from, to) -> {
                int first = strip.request().firstRow() + from;
                assertEquals(nextRow[0], first, "rows arrive in order, none skipped or repeated");
                System.arraycopy(strip.counts(), from * 29, collected, first * 29, (to - from) * 29);
                nextRow[0] = strip.request().firstRow() + to;
            });
            whole = renderer.render(RenderRequest.of(view, 300));
        }
        assertEquals(23, nextRow[0]);
        assertArrayEquals(whole.counts(), collected);
        assertArrayEquals(whole.rowTotals(), result.rowTotals());
        assertEquals(6, result.strips());
        assertEquals(whole.totalIterations(), result.iterations());
        assertEquals(6, result.trace().strips().size());
    }

    @Test
    void aFailureHalfWayThroughAPosterLeavesNoFile() throws IOException {
        Path target = dir.resolve("poster.png");
        PosterSpec spec = new PosterSpec(Preset.FULL.view(64, 60), 100, Schedule.FORKJOIN, 2, false);
        int[] strips = {0};
        try (Renderer renderer = new Renderer(new ScalarKernel(), 2)) {
            IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
                new StripPipeline(renderer, PosterProgress.NONE).run(spec, StripPlan.of(spec, 6), (strip, from, to) -> {
                    out.write(new byte[1000]);
                    if (++strips[0] == 4) {
                        throw new IOException("no space left on device");
                    }
                });
            }));
            assertEquals("cannot write " + target + ": no space left on device", e.getMessage());
            // The renderer is still usable: the strip rendering behind the failed one was cancelled cleanly.
            assertEquals(64 * 2, renderer.render(RenderRequest.of(Preset.FULL.view(64, 2), 10)).counts().length);
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void stripPlanKeepsAPosterInBoundedMemory() {
        long heap = 1L << 30;
        PosterSpec poster = new PosterSpec(Preset.FULL.view(40000, 40000), 1000, Schedule.FORKJOIN, 16, false);
        StripPlan plan = StripPlan.of(poster, null, heap);
        long stripBytes = plan.rowsPerStrip() * poster.bytesPerRow();
        assertTrue(stripBytes <= StripPlan.BUDGET_BYTES, stripBytes + " bytes per strip");
        assertTrue(plan.rowsPerStrip() >= 200, "strips stay tall enough to spread over the workers: " + plan);
        assertEquals(StripPlan.STRIPS_ALIVE * stripBytes, plan.bytes());
        // Smooth colouring triples the bytes per pixel, so strips get a third as tall.
        PosterSpec smooth = new PosterSpec(poster.view(), 1000, Schedule.FORKJOIN, 16, true);
        assertTrue(StripPlan.of(smooth, null, heap).rowsPerStrip() * smooth.bytesPerRow() <= StripPlan.BUDGET_BYTES);
        // A view that fits the budget renders in one piece.
        PosterSpec small = new PosterSpec(Preset.FULL.view(), 1000, Schedule.FORKJOIN, 16, false);
        StripPlan one = StripPlan.of(small, null, heap);
        assertEquals(900, one.rowsPerStrip());
        assertEquals(1, one.strips());
        assertEquals(small.height() * small.bytesPerRow(), one.bytes());
        // Posters wider than one frame can hold (46341 x 46341 and up) still plan strips.
        PosterSpec huge = new PosterSpec(Preset.FULL.view(100000, 100000), 1000, Schedule.FORKJOIN, 16, false);
        assertTrue(StripPlan.of(huge, null, heap).rowsPerStrip() * huge.bytesPerRow() <= StripPlan.BUDGET_BYTES);
    }

    @Test
    void stripsShrinkToTheHeapBeforeASizeIsRefused() {
        PosterSpec view = new PosterSpec(Preset.FULL.view(3000, 3000), 1000, Schedule.FORKJOIN, 16, false);
        long heap = 40L << 20;   // a 3000x3000 frame (36 MB) alone would not fit
        StripPlan plan = StripPlan.of(view, null, heap);
        assertTrue(plan.strips() > 1, plan.toString());
        assertTrue(plan.bytes() <= heap * StripPlan.HEAP_SHARE, plan.toString());
        assertEquals(StripPlan.STRIPS_ALIVE, plan.stripsAlive());
        // Refused only when not even one row per strip fits, with the heap it would need.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StripPlan.of(view, null, 20_000));
        assertTrue(e.getMessage().startsWith("a 3000x3000 view needs 35.2 KiB for 3 strips of 1 rows, but only 19.5 KiB"),
                e.getMessage());
        // A strip height asked for is kept, or refused when it does not fit.
        assertEquals(10, StripPlan.of(view, 10, heap).rowsPerStrip());
        assertThrows(IllegalArgumentException.class, () -> StripPlan.of(view, 2000, heap));
    }

    @Test
    void theNextStripIsOnTheWorkersBeforeTheOneBeforeItEnds() throws IOException {
        // Mostly interior pixels at a high limit: each 3-row strip costs about a third of a second on
        // one worker, so strip k+1 (queued as soon as strip k-1 arrived) must be waiting before strip
        // k ends. The margin is that long so that a busy machine delaying the thread that queues it
        // (tens of milliseconds seen on a loaded 2-core CI machine) cannot fail the test.
        Viewport view = new Viewport(-0.5, 0.2, -0.3, 0.3, 40, 12);
        PosterSpec spec = new PosterSpec(view, 1_000_000, Schedule.STATIC, 1, false);
        int[] written = {0};
        try (Renderer renderer = new Renderer(new ScalarKernel(), 1)) {
            PosterResult result = new StripPipeline(renderer, PosterProgress.NONE).run(spec, StripPlan.of(spec, 3),
                    (strip, from, to) -> written[0] += to - from);
            assertEquals(12, written[0]);
            var strips = result.trace().strips();
            assertEquals(4, strips.size());
            for (int k = 0; k + 1 < strips.size(); k++) {
                var s = strips.get(k);
                long end = s.offsetNanos() + maxEnd(s.trace());
                assertTrue(strips.get(k + 1).offsetNanos() <= end,
                        "strip " + (k + 1) + " was started after strip " + k + " ended: the worker waited");
            }
        }
    }

    private static long maxEnd(dev.mandel.render.TaskTrace trace) {
        long end = 0;
        for (int t = 0; t < trace.tasks(); t++) {
            end = Math.max(end, trace.endNanos(t));
        }
        return end;
    }
}
