package dev.mandel.cli;

import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowsAndPresetsCommandTest {

    @TempDir
    Path dir;

    @Test
    void rowsWritesAChartAndTheCsvBesideIt() throws IOException {
        Path chart = dir.resolve("classroom-rows.png");
        CliRun run = CliRun.of("rows", "--preset", "classroom", "--size", "60x48", "--max-iter", "300",
                "--threads", "2", "--bands", "2", "--chart-size", "640x360", "-o", chart.toString());
        assertEquals(0, run.exitCode(), run.toString());
        Path csv = dir.resolve("classroom-rows.csv");
        assertTrue(run.out().contains("wrote " + chart.toAbsolutePath()), run.out());
        assertTrue(run.out().contains("wrote " + csv.toAbsolutePath()), run.out());
        assertTrue(run.out().contains("2 static bands get "), run.out());

        BufferedImage image = ImageIO.read(chart.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(360, image.getHeight());

        Frame frame;
        try (Renderer renderer = new Renderer(new ScalarKernel(), 1)) {
            frame = renderer.render(RenderRequest.of(Preset.CLASSROOM.view(60, 48), 300));
        }
        List<String> lines = Files.readAllLines(csv);
        assertEquals(49, lines.size());
        for (int r = 0; r < 48; r++) {
            assertEquals(frame.rowTotals()[r], Long.parseLong(lines.get(r + 1).split(",")[2]));
        }
        // The classroom view puts nearly all the work in its lower half.
        long top = 0;
        long bottom = 0;
        for (int r = 0; r < 48; r++) {
            if (r < 24) {
                top += frame.rowTotals()[r];
            } else {
                bottom += frame.rowTotals()[r];
            }
        }
        assertTrue(bottom > 10 * top, "top " + top + ", bottom " + bottom);
    }

    @Test
    void rowsTakesAnExplicitCsvPathAndARegion() {
        Path chart = dir.resolve("r.png");
        Path csv = dir.resolve("data.csv");
        CliRun run = CliRun.of("rows", "--region", "-2,1,-1.2,1.2", "--size", "30x20", "--max-iter", "50",
                "--threads", "1", "--csv", csv.toString(), "-o", chart.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(Files.isRegularFile(csv));
        assertTrue(Files.isRegularFile(chart));
        assertTrue(!run.out().contains("static bands"), "one band: nothing to compare\n" + run.out());
    }

    @Test
    void presetsListsEveryPresetWithRegionSizeLimitAndStory() {
        CliRun run = CliRun.of("presets");
        assertEquals(0, run.exitCode(), run.toString());
        for (Preset p : Preset.values()) {
            Viewport v = p.view();
            String line = run.outLines().stream().filter(l -> l.startsWith(p.id() + " ")).findFirst().orElseThrow();
            assertTrue(line.contains(v.width() + "x" + v.height()), line);
            assertTrue(line.contains(" " + p.maxIter() + " "), line);
            assertTrue(line.contains(PresetsCommand.region(v)), line);
            assertTrue(run.out().contains(p.description()), p.id());
        }
        assertTrue(run.out().contains("[-2.0, 0.6] x [-1.5, 1.5]"), "mojo's region as the post gives it");
    }

    @Test
    void topLevelHelpListsTheSubcommands() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        for (String sub : new String[] {"render", "rows", "presets"}) {
            assertTrue(run.out().contains(sub), sub);
        }
    }
}
