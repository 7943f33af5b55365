package dev.mandel.cli;

import dev.mandel.deep.DeepView;
import dev.mandel.deep.DirectIteration;
import dev.mandel.io.NpyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code render} beyond double precision: the deep path from the command line. */
class DeepRenderCommandTest {

    @TempDir
    Path dir;

    @Test
    void aDeepViewRendersOnTheDeepPathAndMatchesDirectIteration() throws IOException {
        String centre = "-1.74928893611435556407228,0";
        Path npy = dir.resolve("deep.npy");
        Path rows = dir.resolve("rows.csv");
        CliRun run = CliRun.of("render", "--center", centre, "--span", "5e-20", "--size", "16x12",
                "--max-iter", "3000", "--threads", "2", "-o", npy.toString(), "--rows", rows.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("deep path (perturbation with rebasing + BLA), double"), run.out());
        assertTrue(run.out().contains("reference orbit: 3000 iterations"), run.out());
        assertTrue(run.out().contains("steps per pixel:"), run.out());
        int[] counts = NpyFile.parse(Files.readAllBytes(npy)).values();
        DeepView view = DeepView.parse(centre, "5e-20", 16, 12);
        int same = 0;
        for (int p = 0; p < counts.length; p++) {
            same += counts[p] == DirectIteration.count(view, p % 16, p / 16, 3000, view.referenceBits() + 64) ? 1 : 0;
        }
        assertTrue(same >= 0.99 * counts.length, same + " of " + counts.length);
        List<String> lines = Files.readAllLines(rows);
        assertEquals("row,iterations,perturbation_steps,bla_steps", lines.get(0));
        assertEquals(13, lines.size());
    }

    @Test
    void autoIsTheDefaultLimitAtDepthAndSpansReach1e1000() throws IOException {
        Path png = dir.resolve("deep.png");
        CliRun run = CliRun.of("render", "--center", "-2,0", "--span", "1e-1000", "--size", "8x6", "-o", png.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("(auto)"), run.out());
        assertTrue(run.out().contains("extended range"), run.out());
        assertTrue(Files.size(png) > 0);
    }

    @Test
    void viewsThatDoubleResolvesKeepTheExactKernels() {
        CliRun run = CliRun.of("render", "--center", "-0.75,0.1", "--span", "0.5", "--size", "16x12",
                "-o", dir.resolve("shallow.npy").toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertFalse(run.out().contains("deep"), run.out());
    }

    @Test
    void badDeepInputIsOneLineAndExit2() {
        for (String[] args : new String[][] {
            {"--center", "-0.75,0.1", "--span", "abc"},
            {"--center", "-0.75,0.1", "--span", "1e-3000"},
            {"--center", "-0.75,0.1x", "--span", "1e-30"},
            {"--center", "-0.75,0.1", "--span", "1e-30", "--max-iter", "sometimes"},
        }) {
            String[] all = new String[args.length + 3];
            all[0] = "render";
            System.arraycopy(args, 0, all, 1, args.length);
            all[args.length + 1] = "-o";
            all[args.length + 2] = dir.resolve("bad.png").toString();
            CliRun run = CliRun.of(all);
            assertEquals(2, run.exitCode(), run.toString());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertFalse(Files.exists(dir.resolve("bad.png")));
        }
    }

    @Test
    void deepPostersStreamInStripsWithTheSamePixelsAsOneFrame() throws IOException {
        // Strips of 5 rows stand in for a view too large for one frame: the same strip pipeline as
        // double posters, and the same counts as one frame, row for row.
        String centre = "-1.74928893611435556407228,0";
        String[] view = {"render", "--center", centre, "--span", "5e-20", "--size", "16x12", "--max-iter", "3000",
                "--threads", "2"};
        Path whole = dir.resolve("whole.npy");
        Path strips = dir.resolve("strips.npy");
        CliRun one = CliRun.of(concat(view, "-o", whole.toString()));
        CliRun cut = CliRun.of(concat(view, "--strip-rows", "5", "-o", strips.toString(), "--rows",
                dir.resolve("rows.csv").toString()));
        assertEquals(0, one.exitCode(), one.toString());
        assertEquals(0, cut.exitCode(), cut.toString());
        assertTrue(one.out().contains("memory:") && one.out().contains("for one frame"), one.out());
        assertTrue(cut.out().contains("3 strips of 5 rows"), cut.out());
        assertTrue(cut.out().contains("tasks, 3 strips"), cut.out());
        assertEquals(java.util.Arrays.toString(NpyFile.parse(Files.readAllBytes(whole)).values()),
                java.util.Arrays.toString(NpyFile.parse(Files.readAllBytes(strips)).values()));
        List<String> rows = Files.readAllLines(dir.resolve("rows.csv"));
        assertEquals(13, rows.size());
        assertTrue(rows.stream().skip(1).allMatch(l -> !l.contains(",0,0,0")), rows.toString());

        // A PNG poster colours from a sampled floor; on a grid this small the lattice is every
        // pixel, so it is the image of one frame, byte for byte.
        Path png = dir.resolve("whole.png");
        Path pngStrips = dir.resolve("strips.png");
        assertEquals(0, CliRun.of(concat(view, "-o", png.toString())).exitCode());
        assertEquals(0, CliRun.of(concat(view, "--strip-rows", "5", "-o", pngStrips.toString())).exitCode());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(png), Files.readAllBytes(pngStrips)));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
