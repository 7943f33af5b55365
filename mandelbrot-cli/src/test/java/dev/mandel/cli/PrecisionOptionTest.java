package dev.mandel.cli;

import dev.mandel.io.NpyFile;
import dev.mandel.kernel.FloatScalarKernel;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrecisionOptionTest {

    @TempDir
    Path dir;

    private CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.toString());
        return run;
    }

    @Test
    void defaultIsDoubleAndTheSummarySaysSo() {
        CliRun run = ok("render", "--size", "64x48", "--max-iter", "200", "--no-warmup", "-o", dir.resolve("a.png").toString());
        assertTrue(run.out().contains("double precision: vector, "), run.out());
    }

    @Test
    void floatRunsTheFloatKernelAndItsCountsAreTheFloatTwins() throws IOException {
        Path npy = dir.resolve("f.npy");
        CliRun run = ok("render", "--region", "-2.2,0.8,-1.2,1.2", "--size", "67x41", "--max-iter", "300",
                "--precision", "float", "--no-warmup", "-o", npy.toString());
        assertTrue(run.out().contains("single precision: vector-float kernel"), run.out());
        int[] counts = NpyFile.parse(Files.readAllBytes(npy)).values();
        Viewport view = new Viewport(-2.2, 0.8, -1.2, 1.2, 67, 41);
        int[] expected = new int[67 * 41];
        for (int row = 0; row < 41; row++) {
            new FloatScalarKernel().row(view, row, 300, expected, row * 67);
        }
        assertArrayEquals(expected, counts);
    }

    @Test
    void autoTakesFloatOnTheOverviewAndDoubleWhenZoomedIn() {
        CliRun overview = ok("render", "--size", "96x72", "--max-iter", "500", "--precision", "auto", "--no-warmup",
                "-o", dir.resolve("o.png").toString());
        assertTrue(overview.out().contains("single precision: vector-float kernel"), overview.out());
        CliRun deep = ok("render", "--center", "-0.7453,0.1127", "--span", "1e-3", "--size", "96x72", "--max-iter", "500",
                "--precision", "auto", "--no-warmup", "-o", dir.resolve("d.png").toString());
        assertTrue(deep.out().contains("double precision: vector, "), deep.out());
    }

    @Test
    void badValuesAreOneLineAndExitTwo() {
        CliRun bad = CliRun.of("render", "--precision", "half", "-o", dir.resolve("x.png").toString());
        assertEquals(2, bad.exitCode(), bad.toString());
        assertEquals(1, bad.errLines().size(), bad.err());
        assertTrue(bad.err().contains("option '--precision': unknown precision 'half' (allowed: float, double, auto)"), bad.err());
        CliRun tooMany = CliRun.of("render", "--precision", "float", "--max-iter", "" + (FloatScalarKernel.MAX_ITER + 1),
                "--size", "8x8", "-o", dir.resolve("y.png").toString());
        assertEquals(2, tooMany.exitCode(), tooMany.toString());
        assertTrue(tooMany.err().contains("--precision: float counts at most"), tooMany.err());
        assertTrue(Files.notExists(dir.resolve("y.png")));
    }
}
