package dev.mandel.cli;

import dev.mandel.color.Colorizer;
import dev.mandel.color.Palette;
import dev.mandel.color.Supersampler;
import dev.mandel.io.PngDecoding;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code render --aa N}: the image is the finer render's colours averaged N x N, streamed in strips. */
class AntiAliasTest {

    @TempDir
    Path dir;

    @Test
    void anAntiAliasedImageIsTheFineRenderAveraged() throws Exception {
        Path png = dir.resolve("aa.png");
        // Small strips: the N-row groups cross strip boundaries.
        CliRun run = CliRun.of("render", "--preset", "seahorse", "--size", "41x29", "--max-iter", "400", "--aa", "3",
                "--threads", "2", "--strip-rows", "7", "--no-warmup", "-o", png.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("anti-aliased: 3x3 samples per pixel, rendered at 123x87, written at 41x29"),
                run.out());
        Viewport fine = Supersampler.fineView(Preset.SEAHORSE.view(41, 29), 3);
        int[] fineArgb;
        try (Renderer r = new Renderer(new ScalarKernel(), 1)) {
            Frame f = r.render(RenderRequest.of(fine, 400));
            fineArgb = new int[f.counts().length];
            new Colorizer(Palette.CLASSIC, 400).colour(f.counts(), null, fineArgb, 0, fineArgb.length);
        }
        assertArrayEquals(Supersampler.downsample(fineArgb, 41, 29, 3), PngDecoding.decodeArgb(Files.readAllBytes(png), 41, 29));
    }

    @Test
    void badFactorsAndNpyAreUsageErrors() {
        Path npy = dir.resolve("x.npy");
        CliRun five = CliRun.of("render", "--size", "20x10", "--aa", "5", "-o", dir.resolve("x.png").toString());
        assertEquals(2, five.exitCode(), five.toString());
        assertTrue(five.err().contains("--aa: anti-aliasing factor must be from 1 (off) to 4"), five.err());
        CliRun counts = CliRun.of("render", "--size", "20x10", "--aa", "2", "-o", npy.toString());
        assertEquals(2, counts.exitCode(), counts.toString());
        assertTrue(counts.err().contains("--aa applies to PNG images"), counts.err());
        assertFalse(Files.exists(npy));
    }
}
