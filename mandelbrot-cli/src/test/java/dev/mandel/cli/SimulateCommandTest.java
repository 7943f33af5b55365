package dev.mandel.cli;

import dev.mandel.session.Session;
import dev.mandel.json.SessionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulateCommandTest {

    @TempDir
    Path dir;

    /** Exit code, stdout and stderr of one command line. */
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void printsTheSweepAndWritesTheChart() throws IOException {
        Path chart = dir.resolve("sim.png");
        Run r = run("simulate", "--preset", "classroom", "--size", "64x48", "--max-iter", "200",
                "--workers", "1,2,8", "--partition-factor", "1,4", "--chart", chart.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("classroom: [-2.2, 0.8] x [-0.3, 2.7], 64x48, max-iter 200"), r.out());
        assertTrue(r.out().contains("At 8 workers"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith("1     1.00     1.00     1.00     1.00")), r.out());
        byte[] png = Files.readAllBytes(chart);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    }

    @Test
    void theRenderBehindTheCostsUsesTheKernelAndThreadsAsked() {
        Path saved = dir.resolve("s.json");
        Run r = run("simulate", "--preset", "classroom", "--size", "32x24", "--max-iter", "100", "--kernel", "scalar",
                "--threads", "3", "--save-session", saved.toString(), "--chart", dir.resolve("c.png").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(kernel scalar; 3 threads)"), r.out());
        Session s = SessionFile.load(saved);
        assertEquals("scalar", s.trace().settings().kernel());
        assertEquals(3, s.trace().settings().threads());
        Run bad = run("simulate", "--threads", "0", "--chart", dir.resolve("d.png").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("error: --threads must be between 1 and 1024, got 0"), bad.err());
        Run single = run("simulate", "--threads", "1", "--validate", "--chart", dir.resolve("e.png").toString());
        assertEquals(2, single.code());
        assertTrue(single.err().startsWith("error: --validate compares 1 thread with --threads N"), single.err());
        assertFalse(Files.exists(dir.resolve("e.png")));
    }

    @Test
    void badListsAreOneLineUsageErrors() {
        String chart = dir.resolve("x.png").toString();
        String[][] bad = {
            {"--workers", "0"},
            {"--workers", "1,,2"},
            {"--workers", "two"},
            {"--workers", ""},
            {"--partition-factor", "0"},
            {"--partition-factor", "4,-1"},
            {"--region", "-2,0.6,-1.5"},
            {"--region", "0.6,-2,-1.5,1.5"},
            {"--size", "10by10"},
            {"--preset", "nowhere"},
            {"--costs", "joules"},
            {"--max-iter", "0"},
            {"--reps", "0"},
            {"--kernel", "gpu"},
            {"--threads", "-1"},
        };
        for (String[] b : bad) {
            Run r = run("simulate", b[0], b[1], "--chart", chart);
            assertEquals(2, r.code(), String.join(" ", b) + ": " + r.err());
            assertTrue(r.err().startsWith("error: "), r.err());
            assertTrue(r.err().contains(b[0]), "the message names " + b[0] + ": " + r.err());
            assertEquals(1, r.err().lines().filter(l -> l.startsWith("error")).count(), r.err());
            assertFalse(r.err().contains("at dev.mandel"), "no stack trace: " + r.err());
        }
        assertFalse(Files.exists(dir.resolve("x.png")), "nothing written on a usage error");
    }

    @Test
    void chartFolderMustExist() {
        Run r = run("simulate", "--size", "16x16", "--chart", dir.resolve("no/such/dir/c.png").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("does not exist"), r.err());
    }

    @Test
    void savesASessionAndReplaysIt() throws IOException {
        Path file = dir.resolve("s.json");
        Run first = run("simulate", "--size", "48x40", "--max-iter", "150", "--workers", "4", "--partition-factor", "2",
                "--chart", dir.resolve("a.png").toString(), "--save-session", file.toString());
        assertEquals(0, first.code(), first.err());
        Session s = SessionFile.load(file);
        assertEquals(40, s.rowIterations().length);
        Run replay = run("simulate", "--session", file.toString(), "--workers", "4", "--partition-factor", "2",
                "--chart", dir.resolve("b.png").toString());
        assertEquals(0, replay.code(), replay.err());
        // Same costs, same model: the tables agree line for line after the header.
        String tablesFirst = first.out().substring(first.out().indexOf("Simulated speedup"));
        String tablesReplay = replay.out().substring(replay.out().indexOf("Simulated speedup"));
        assertEquals(tablesFirst.substring(0, tablesFirst.indexOf("wrote")),
                tablesReplay.substring(0, tablesReplay.indexOf("wrote")));

        Files.writeString(dir.resolve("junk.json"), "{\"formatVersion\": 7}");
        Run bad = run("simulate", "--session", dir.resolve("junk.json").toString(), "--chart", dir.resolve("c.png").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("format version 7 is not supported"), bad.err());
    }

    @Test
    void lanesPrintsOccupancyAndWritesTheWasteMap() throws IOException {
        Path map = dir.resolve("lanes.png");
        Run r = run("simulate", "--preset", "full", "--size", "40x30", "--max-iter", "100", "--workers", "2",
                "--partition-factor", "1", "--chart", dir.resolve("l.png").toString(), "--lane-map", map.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("SIMD lane occupancy"), r.out());
        assertTrue(Files.size(map) > 0);
        Run clash = run("simulate", "--session", map.toString(), "--lanes", "--chart", dir.resolve("m.png").toString());
        assertEquals(2, clash.code());
    }

    @Test
    void validateComparesModelAndClock() {
        Run r = run("simulate", "--size", "32x24", "--max-iter", "100", "--workers", "2", "--partition-factor", "1,4",
                "--chart", dir.resolve("v.png").toString(), "--validate", "--reps", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("scalar, 1 thread"), r.out());
        assertTrue(r.out().contains("over-partitioned F=16, 2 threads"), r.out());
        // 1 thread: sequential, static, F=1, F=4; 2 threads: static, F=1, F=4.
        long rows = r.out().lines().filter(l -> l.matches("\\s+[12] (sequential|static|forkjoin F=\\d+).*%")).count();
        assertEquals(7, rows, r.out());
    }
}
