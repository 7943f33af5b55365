package dev.mandel.bench.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The CPython baseline itself: with a correctly rounded fma (math.fma on 3.13+, exact pieces before)
 * its counts equal the Java scalar kernel's on every pixel, so the baseline computes the same thing.
 */
class PythonScriptTest {

    @TempDir
    Path dir;

    @Test
    void exactFmaCountsMatchTheJavaKernel() throws IOException, InterruptedException {
        Path script = Path.of("python", "mandelbrot.py").toAbsolutePath();
        assumeTrue(Files.exists(script), "run from the bench module");
        assumeTrue(python3Available(), "python3 is not on PATH");
        Path json = dir.resolve("python.json");
        Process p = new ProcessBuilder("python3", script.toString(), "--preset", "mojo", "--stride", "320",
                "--repeats", "1", "--exact-rows", "3", "--json", json.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "python3 took too long");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log.txt")));

        PythonBaseline baseline = PythonBaseline.read(json);
        assertEquals(3, baseline.rowsTimed().size());
        assertEquals(3 * 960, baseline.exactPixels());
        assertEquals(0, baseline.exactMismatches(), "exact-fma Python differs from Java on some pixels");
        assertTrue(baseline.nsPerIteration() > 0 && baseline.iterations() > 0);
        // The timed loop may differ on a few pixels when Python has no math.fma (two roundings); never on many.
        assertTrue(baseline.mismatches() * 100 < baseline.pixelsTimed(), baseline.mismatches() + " mismatches");
    }

    @Test
    void badArgumentsExitWithUsageError() throws IOException, InterruptedException {
        assumeTrue(python3Available(), "python3 is not on PATH");
        Path script = Path.of("python", "mandelbrot.py").toAbsolutePath();
        Process p = new ProcessBuilder("python3", script.toString(), "--stride", "0").redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue());
        assertTrue(Files.readString(dir.resolve("log.txt")).contains("--stride must be between 1 and 960, got 0"));
    }

    private static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
