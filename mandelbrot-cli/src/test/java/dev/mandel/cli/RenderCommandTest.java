package dev.mandel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mandel.color.Colorizer;
import dev.mandel.color.Palette;
import dev.mandel.io.NpyFile;
import dev.mandel.io.PngDecoding;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderCommandTest {

    @TempDir
    Path dir;

    /** The reference: the same view rendered in-process, whole, with the scalar kernel on one thread. */
    private static Frame reference(Viewport view, int maxIter, boolean smooth) {
        try (Renderer renderer = new Renderer(new ScalarKernel(), 1)) {
            return renderer.render(RenderRequest.of(view, maxIter).withSmooth(smooth));
        }
    }

    private static int[] colour(Frame frame, Palette palette) {
        int[] argb = new int[frame.counts().length];
        new Colorizer(palette, frame.maxIter()).colour(frame.counts(), frame.escapeMag2(), argb, 0, argb.length);
        return argb;
    }

    private CliRun render(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.err(), "quiet on stderr when it is not a terminal");
        return run;
    }

    @Test
    void npyOfAViewEqualsTheInProcessFrame() throws IOException {
        Path npy = dir.resolve("seahorse.npy");
        render("render", "--preset", "seahorse", "--size", "97x61", "--max-iter", "300", "--threads", "2",
                "-o", npy.toString());
        NpyFile file = NpyFile.parse(Files.readAllBytes(npy));
        assertEquals("<i4", file.descr());
        assertArrayEquals(new int[] {61, 97}, file.shape(), "shape (H, W)");
        assertArrayEquals(reference(Preset.SEAHORSE.view(97, 61), 300, false).counts(), file.values());
    }

    @Test
    void streamedPngDecodesToTheInMemoryImage() throws IOException {
        Path png = dir.resolve("elephant.png");
        render("render", "--preset", "elephant", "--size", "123x77", "--max-iter", "400", "--palette", "ocean",
                "--threads", "2", "-o", png.toString());
        int[] expected = colour(reference(Preset.ELEPHANT.view(123, 77), 400, false), Palette.OCEAN);
        assertArrayEquals(expected, PngDecoding.decodeArgb(Files.readAllBytes(png), 123, 77));
    }

    @Test
    void smoothColouringMatchesTheInMemoryImage() throws IOException {
        Path png = dir.resolve("smooth.png");
        render("render", "--center", "-0.7463,0.1102", "--span", "0.01", "--size", "80x60", "--max-iter", "500",
                "--smooth", "--palette", "aurora", "--strip-rows", "7", "-o", png.toString());
        Viewport view = Viewport.centered(-0.7463, 0.1102, 0.01, 80, 60);
        int[] expected = colour(reference(view, 500, true), Palette.AURORA);
        assertArrayEquals(expected, PngDecoding.decodeArgb(Files.readAllBytes(png), 80, 60));
    }

    @Test
    void stripsGiveTheSamePixelsAsOneFrame() throws IOException {
        Path whole = dir.resolve("whole.png");
        Path strips = dir.resolve("strips.png");
        Path wholeNpy = dir.resolve("whole.npy");
        Path stripsNpy = dir.resolve("strips.npy");
        String[] view = {"--region", "-2.1,0.7,-1.2,1.2", "--size", "71x53", "--max-iter", "250", "--threads", "2"};
        CliRun one = render(concat(new String[] {"render", "-o", whole.toString()}, view));
        CliRun many = render(concat(new String[] {"render", "-o", strips.toString(), "--strip-rows", "3"}, view));
        render(concat(new String[] {"render", "-o", wholeNpy.toString()}, view));
        render(concat(new String[] {"render", "-o", stripsNpy.toString(), "--strip-rows", "5"}, view));

        assertTrue(many.out().contains("18 strips of 3 rows"), many.out());
        assertTrue(!one.out().contains("strips"), one.out());
        Frame frame = reference(new Viewport(-2.1, 0.7, -1.2, 1.2, 71, 53), 250, false);
        int[] expected = colour(frame, Palette.CLASSIC);
        assertArrayEquals(expected, PngDecoding.decodeArgb(Files.readAllBytes(whole), 71, 53));
        assertArrayEquals(expected, PngDecoding.decodeArgb(Files.readAllBytes(strips), 71, 53));
        assertArrayEquals(frame.counts(), NpyFile.parse(Files.readAllBytes(wholeNpy)).values());
        assertArrayEquals(frame.counts(), NpyFile.parse(Files.readAllBytes(stripsNpy)).values());
    }

    @Test
    void everyKernelAndScheduleWritesTheSameCounts() throws IOException {
        int[] expected = reference(Preset.MINIBROT.view(45, 33), 600, false).counts();
        for (String kernel : new String[] {"auto", "scalar", "vector"}) {
            for (String schedule : new String[] {"sequential", "static", "forkjoin"}) {
                Path npy = dir.resolve(kernel + "-" + schedule + ".npy");
                CliRun run = render("render", "--preset", "minibrot", "--size", "45x33", "--max-iter", "600",
                        "--kernel", kernel, "--schedule", schedule, "--threads", "3", "--partition-factor", "5",
                        "--no-warmup", "-o", npy.toString());
                assertArrayEquals(expected, NpyFile.parse(Files.readAllBytes(npy)).values(), kernel + " " + schedule);
                int tasks = switch (schedule) {
                    case "sequential" -> 1;
                    case "static" -> 3;
                    default -> 15;
                };
                assertTrue(run.out().contains(", " + tasks + (tasks == 1 ? " task" : " tasks")), run.out());
            }
        }
    }

    @Test
    void printsASummaryAndTheAbsolutePathWritten() {
        Path png = dir.resolve("full.png");
        CliRun run = render("render", "--size", "64x48", "--threads", "2", "--schedule", "static", "-o", png.toString());
        List<String> lines = run.outLines();
        assertEquals(4, lines.size(), run.out());
        assertTrue(lines.get(0).matches("memory: 12\\.4 KiB for one frame \\(.+ of heap free\\)"), lines.get(0));
        lines = lines.subList(1, lines.size());
        assertTrue(lines.get(0).startsWith("64x48 full, max-iter 1000, double precision: "), lines.get(0));
        assertTrue(lines.get(0).contains(" kernel, static (one band per thread), 2 threads, 2 tasks"), lines.get(0));
        assertTrue(lines.get(1).matches("\\d+\\.\\d{3} s, \\d+\\.\\d{3} G iterations/s \\(.+ iterations\\), load balance"
                + " \\d\\.\\d\\d \\(busiest / mean worker time\\), after \\d+\\.\\d\\d s of JIT warm-up"), lines.get(1));
        assertEquals("wrote " + png.toAbsolutePath(), lines.get(2));
        assertTrue(Files.isRegularFile(png));
    }

    @Test
    void rowsCsvAndTracesMatchTheFrame() throws IOException {
        Path png = dir.resolve("classroom.png");
        Path rows = dir.resolve("rows.csv");
        Path traceCsv = dir.resolve("trace.csv");
        Path traceJson = dir.resolve("trace.json");
        String[] args = {"render", "--preset", "classroom", "--size", "40x36", "--max-iter", "200", "--threads", "2",
            "--partition-factor", "4", "--strip-rows", "10", "--no-warmup", "-o", png.toString(),
            "--rows", rows.toString()};
        CliRun csvRun = render(concat(args, new String[] {"--trace", traceCsv.toString()}));
        render(concat(args, new String[] {"--trace", traceJson.toString()}));
        assertTrue(csvRun.out().contains("wrote " + rows.toAbsolutePath()), csvRun.out());
        assertTrue(csvRun.out().contains("wrote " + traceCsv.toAbsolutePath()), csvRun.out());

        Frame frame = reference(Preset.CLASSROOM.view(40, 36), 200, false);
        List<String> rowLines = Files.readAllLines(rows);
        assertEquals(37, rowLines.size());
        for (int r = 0; r < 36; r++) {
            assertEquals(frame.rowTotals()[r], Long.parseLong(rowLines.get(r + 1).split(",")[2]), "row " + r);
        }

        // 4 strips (10, 10, 10, 6 rows), each cut into 2 threads x 4 = 8 tasks, the last into 6 (one per row).
        List<String> traceLines = Files.readAllLines(traceCsv);
        assertEquals(1 + 3 * 8 + 6, traceLines.size());
        long traced = traceLines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[7])).sum();
        assertEquals(frame.totalIterations(), traced);

        JsonNode json = new ObjectMapper().readTree(traceJson.toFile());
        assertEquals(30, json.get("tasks").size());
        assertEquals(4, json.get("strips").asInt());
        assertEquals(frame.totalIterations(), json.get("iterations").asLong());
        assertEquals(200, json.get("settings").get("maxIter").asInt());
        assertEquals(36, json.get("settings").get("rows").asInt());
    }

    @Test
    void defaultsAreTheFullPresetIntoMandelbrotPngInTheCurrentFolder() {
        RenderCommand command = new RenderCommand();
        new CommandLine(command).parseArgs();
        assertEquals(Path.of("mandelbrot.png"), command.output);
        dev.mandel.settings.ViewSettings view = command.viewOptions.resolve();
        assertEquals(Preset.FULL.view(), view.view());
        assertEquals(Preset.FULL.maxIter(), view.maxIter());
    }

    @Test
    void presetsKeepTheirOwnSizeAndLimitUnlessOverridden() {
        RenderCommand command = new RenderCommand();
        new CommandLine(command).parseArgs("--preset", "mojo");
        dev.mandel.settings.ViewSettings view = command.viewOptions.resolve();
        assertEquals(Preset.MOJO.view(), view.view());
        assertEquals(1000, view.maxIter());

        RenderCommand sized = new RenderCommand();
        new CommandLine(sized).parseArgs("--preset", "MOJO", "--size", "300x200", "--max-iter", "77");
        dev.mandel.settings.ViewSettings small = sized.viewOptions.resolve();
        assertEquals(Preset.MOJO.view(300, 200), small.view());
        assertEquals(77, small.maxIter());
    }

    @Test
    void centerAndSpanKeepPixelsSquare() {
        RenderCommand command = new RenderCommand();
        new CommandLine(command).parseArgs("--center", "-0.5,0.25", "--span", "2", "--size", "400x100");
        Viewport v = command.viewOptions.resolve().view();
        assertEquals(-1.5, v.xMin());
        assertEquals(0.5, v.xMax());
        assertEquals(0.5, v.spanIm(), 1e-15);
        assertEquals(v.dx(), v.dy(), 1e-15);
    }

    @Test
    void aPosterWhoseStripsCannotFitIsRefusedBeforeAnyFileExists() throws IOException {
        Path png = dir.resolve("never.png");
        CliRun run = CliRun.of("render", "--size", "40000x40000", "--strip-rows", "30000", "-o", png.toString());
        assertEquals(2, run.exitCode(), run.toString());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void helpListsEveryOption() {
        CliRun run = CliRun.of("render", "--help");
        assertEquals(0, run.exitCode());
        for (String option : new String[] {"--region", "--center", "--span", "--preset", "--size", "--max-iter",
            "--kernel", "--schedule", "--threads", "--partition-factor", "--strip-rows", "--[no-]warmup", "--palette",
            "--smooth", "--output", "--rows", "--trace"}) {
            assertTrue(run.out().contains(option), option + " missing from help:\n" + run.out());
        }
        for (Palette p : Palette.values()) {
            assertTrue(run.out().contains(p.id()), p.id() + " missing from help");
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
