package dev.mandel.cli;

import dev.mandel.color.Colorizer;
import dev.mandel.io.NpyFile;
import dev.mandel.io.SmallDisk;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults while writing, command by command: each command's outputs appear all together or not at
 * all, every bad path is refused before any work, and each failure is one line with the right exit
 * code (2 for a path or option the user can fix, 1 for a failure while writing).
 */
class OutputFaultsTest {

    @TempDir
    Path dir;

    private static final byte[] OLD = "the old file".getBytes(StandardCharsets.US_ASCII);

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Runs a command with System.out (where simulate prints its tables) kept out of the test log. */
    private static CliRun run(String... args) {
        PrintStream old = System.out;
        try {
            System.setOut(new PrintStream(PrintStream.nullOutputStream()));
            return CliRun.of(args);
        } finally {
            System.setOut(old);
        }
    }

    private static void assertOneLine(CliRun r, int code, String... fragments) {
        assertEquals(code, r.exitCode(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        String line = r.errLines().getFirst();
        assertTrue(line.startsWith("error: "), line);
        for (String f : fragments) {
            assertTrue(line.contains(f), "'" + f + "' in: " + line);
        }
        assertFalse(line.contains("Exception") || line.contains("\tat "), line);
    }

    @Test
    void aDiskThatFillsOnTheSecondOutputLeavesTheFirstTargetAlone() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 256)) {
            Path image = Files.write(disk.root().resolve("img.png"), OLD);
            Path rows = disk.root().resolve("rows.csv");
            // The image (16 pixels wide, mostly one colour) fits; 20000 CSV lines (~600 KB) do not.
            CliRun r = run("render", "--no-warmup", "--size", "16x20000", "--max-iter", "20", "--threads", "2",
                    "-o", image.toString(), "--rows", rows.toString());
            assertOneLine(r, 1, "cannot write " + rows, "No space left on device");
            assertArrayEquals(OLD, Files.readAllBytes(image));
            assertEquals(List.of("img.png"), names(disk.root()), "no new file, no side file");
        }
    }

    @Test
    void aDiskThatFillsWhileStreamingAPosterLeavesTheOldPoster() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 64)) {
            // A PNG's size is not known in advance (an .npy's is, and would be refused up front).
            Path poster = Files.write(disk.root().resolve("poster.png"), OLD);
            CliRun r = run("render", "--no-warmup", "--size", "600x450", "--max-iter", "200", "--smooth",
                    "--palette", "aurora", "--threads", "2", "--strip-rows", "16", "-o", poster.toString());
            assertOneLine(r, 1, "cannot write " + poster);
            assertArrayEquals(OLD, Files.readAllBytes(poster));
            assertEquals(List.of("poster.png"), names(disk.root()));
        }
    }

    @Test
    void aFullDeviceFailsAndStaysADevice() throws IOException {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full), "no /dev/full here");
        Path chartLater = dir.resolve("lanes.png");
        CliRun r = run("simulate", "--size", "48x40", "--max-iter", "50", "--workers", "2", "--partition-factor", "1",
                "--chart", full.toString(), "--lane-map", chartLater.toString());
        assertOneLine(r, 1, "cannot write /dev/full");
        assertFalse(Files.isRegularFile(full), "/dev/full was not replaced by a file");
        assertEquals(List.of(), names(dir), "the other output of the command was not written either");

        Path rows = dir.resolve("rows.csv");
        CliRun render = run("render", "--no-warmup", "--size", "32x24", "-o", full.toString(), "--rows", rows.toString());
        assertOneLine(render, 1, "/dev/full");
        assertEquals(List.of(), names(dir));
    }

    @Test
    void devNullTakesAnyOutputAndStaysADevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull));
        CliRun r = run("render", "--no-warmup", "--size", "32x24", "-o", "/dev/null", "--trace", "/dev/null");
        assertEquals(0, r.exitCode(), r.toString());
        assertFalse(Files.isRegularFile(devNull));
        CliRun rows = run("rows", "--no-warmup", "--size", "32x24", "-o", "/dev/null");
        assertOneLine(rows, 2, "--csv");
    }

    @Test
    void simulateChecksEveryOutputBeforeRendering() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.png"));
        Path locked = Files.write(dir.resolve("locked.png"), OLD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));
        String[][] cases = {
            {"--chart", dir.resolve("c.txt").toString(), "must end in .png"},
            {"--lane-map", dir.resolve("l.txt").toString(), "must end in .png"},
            {"--save-session", dir.resolve("s.txt").toString(), "must end in .json"},
            {"--chart", folder.toString(), "is a folder"},
            {"--chart", locked.toString(), "read-only"},
            {"--chart", dir.resolve("no/such/c.png").toString(), "does not exist"},
            {"--lane-map", "/", "is a folder"},
        };
        for (String[] c : cases) {
            // A large view: were the paths checked after rendering, this test would take minutes.
            CliRun r = c[0].equals("--chart")
                    ? run("simulate", "--size", "4000x4000", "--max-iter", "100000", c[0], c[1])
                    : run("simulate", "--size", "4000x4000", "--max-iter", "100000", "--chart",
                            dir.resolve("ok.png").toString(), c[0], c[1]);
            assertOneLine(r, 2, c[0], c[2]);
        }
        assertArrayEquals(OLD, Files.readAllBytes(locked));
        assertEquals(List.of("folder.png", "locked.png"), names(dir));
    }

    @Test
    void aSessionThatNeverEndsIsRefusedInOneLine() throws IOException {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero));
        Path chart = Files.write(dir.resolve("chart.png"), OLD);
        CliRun r = run("simulate", "--session", zero.toString(), "--chart", chart.toString());
        assertOneLine(r, 2, "/dev/zero", "larger than");
        assertArrayEquals(OLD, Files.readAllBytes(chart), "no chart from a session that failed to load");
        assertOneLine(run("simulate", "--session", dir.toString(), "--chart", chart.toString()), 2, "is a folder");
        assertEquals(List.of("chart.png"), names(dir));
    }

    @Test
    void namesUpToTheFileSystemLimitWork() throws IOException {
        Path longest = dir.resolve("m".repeat(251) + ".png");
        Files.write(longest, OLD);
        Path rows = dir.resolve("r".repeat(251) + ".csv");
        CliRun r = run("render", "--no-warmup", "--size", "32x24", "-o", longest.toString(), "--rows", rows.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertFalse(java.util.Arrays.equals(OLD, Files.readAllBytes(longest)));
        assertEquals(List.of(longest.getFileName().toString(), rows.getFileName().toString()), names(dir));

        CliRun tooLong = run("render", "--no-warmup", "--size", "32x24", "-o", dir.resolve("m".repeat(252) + ".png").toString());
        assertOneLine(tooLong, 2, "--output", "256 bytes");
    }

    @Test
    void smoothNpyHoldsTheContinuousCountsAsFloat32() throws IOException {
        Path npy = dir.resolve("smooth.npy");
        Viewport view = new Viewport(-2.2, 0.8, -1.2, 1.2, 40, 30);
        CliRun r = run("render", "--no-warmup", "--region", "-2.2,0.8,-1.2,1.2", "--size", "40x30", "--max-iter", "200",
                "--smooth", "-o", npy.toString());
        assertEquals(0, r.exitCode(), r.toString());
        NpyFile file = NpyFile.parse(Files.readAllBytes(npy));
        assertEquals("<f4", file.descr());
        Frame frame;
        try (Renderer renderer = new Renderer(new ScalarKernel(), 1)) {
            frame = renderer.render(RenderRequest.of(view, 200).withSmooth(true));
        }
        int fractional = 0;
        for (int p = 0; p < file.values().length; p++) {
            int n = frame.counts()[p];
            float expected = n >= 200 ? 200f : (float) Colorizer.continuousCount(n, frame.escapeMag2()[p]);
            float got = Float.intBitsToFloat(file.values()[p]);
            assertEquals(expected, got, "pixel " + p);
            if (got != Math.rint(got)) {
                fractional++;
            }
        }
        assertTrue(fractional > file.values().length / 4, "continuous, not whole counts: " + fractional);
    }

    @Test
    void anEnormousSpanNamesTheOption() {
        assertOneLine(run("render", "--no-warmup", "--center", "0,0", "--span", "1e308", "-o",
                dir.resolve("x.png").toString()), 2, "--span");
        assertOneLine(run("render", "--no-warmup", "--region", "-1.7e308,1.7e308,-1,1", "-o",
                dir.resolve("x.png").toString()), 2, "--region");
    }
}
