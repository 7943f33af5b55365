package dev.mandel.cli;

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
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StripRendererTest {

    @TempDir
    Path dir;

    private static ProgressBar quiet() {
        return new ProgressBar(new PrintWriter(new StringWriter()), 1, false, System::nanoTime);
    }

    @Test
    void deliversEveryRowOnceInOrderWithTheWholeFramesCounts() throws IOException {
        Viewport view = Preset.SEAHORSE.view(29, 23);
        RenderSpec spec = new RenderSpec(view, 300, Schedule.FORKJOIN, 3, false);
        int[] collected = new int[29 * 23];
        int[] nextRow = {0};
        StripRenderer.Result result;
        Frame whole;
        try (Renderer renderer = new Renderer(new ScalarKernel(), 2)) {
            result = new StripRenderer(renderer, quiet()).run(spec, 4, (strip, from, to) -> {
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
        RenderSpec spec = new RenderSpec(Preset.FULL.view(64, 60), 100, Schedule.FORKJOIN, 2, false);
        int[] strips = {0};
        try (Renderer renderer = new Renderer(new ScalarKernel(), 2)) {
            IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
                new StripRenderer(renderer, quiet()).run(spec, 6, (strip, from, to) -> {
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
        RenderSpec poster = new RenderSpec(Preset.FULL.view(40000, 40000), 1000, Schedule.FORKJOIN, 16, false);
        int rows = StripPlan.rowsPerStrip(poster, null);
        long stripBytes = rows * poster.bytesPerRow();
        assertTrue(stripBytes <= StripPlan.BUDGET_BYTES, stripBytes + " bytes per strip");
        assertTrue(rows >= 200, "strips stay tall enough to spread over the workers: " + rows);
        // Smooth colouring triples the bytes per pixel, so strips get a third as tall.
        RenderSpec smooth = new RenderSpec(poster.view(), 1000, Schedule.FORKJOIN, 16, true);
        assertTrue(StripPlan.rowsPerStrip(smooth, null) * smooth.bytesPerRow() <= StripPlan.BUDGET_BYTES);
        // A view that fits the budget renders in one piece.
        RenderSpec small = new RenderSpec(Preset.FULL.view(), 1000, Schedule.FORKJOIN, 16, false);
        assertEquals(900, StripPlan.rowsPerStrip(small, null));
        // Posters wider than one frame can hold (46341 x 46341 and up) still plan strips.
        RenderSpec huge = new RenderSpec(Preset.FULL.view(100000, 100000), 1000, Schedule.FORKJOIN, 16, false);
        assertTrue(StripPlan.rowsPerStrip(huge, null) * huge.bytesPerRow() <= StripPlan.BUDGET_BYTES);
    }
}
