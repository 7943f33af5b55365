package dev.mandel.tiles;

import dev.mandel.color.Colorizer;
import dev.mandel.color.Palette;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.Renderer;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The tile page in a real browser: Debian's Chromium, headless, offline, opening index.html from
 * the disk. It must open the pyramid, load tiles without a failure, and draw the picture.
 * Without Chromium ({@code .ci/install-chromium} installs it) the test is skipped and says so.
 */
class TilesPageTest {

    private static final long BROWSER_SECONDS = 90;
    private static Path chromium;

    @BeforeAll
    static void findChromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                chromium = Path.of(candidate);
                return;
            }
        }
        System.err.println("TilesPageTest SKIPPED: Chromium not found (/usr/bin/chromium); run .ci/install-chromium");
    }

    private static Path pyramid(Path dir) throws IOException {
        Path out = dir.resolve("pyramid");
        TilePlan plan = new TilePlan(1, Viewport.fullSet(512, 384), 300, false, new PyramidGeometry(512, 384, 128));
        try (Renderer renderer = new Renderer(KernelProvider.best(), 2)) {
            OutputFolder.write(out, d -> new TileJob(plan, new Colorizer(Palette.parse("classic"), 300), "test")
                    .renderLocally(d, renderer, n -> { }));
        }
        return out;
    }

    /** Runs headless Chromium on the page with the given action flags; returns its stdout. */
    private static String browse(Path page, Path profile, String... action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--virtual-time-budget=10000", "--window-size=800,600"));
        command.addAll(List.of(action));
        command.add(page.toUri().toString());
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(BROWSER_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish in " + BROWSER_SECONDS + " s");
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void thePageOpensThePyramidAndDrawsIt(@TempDir Path tmp) throws Exception {
        assumeTrue(chromium != null, "Chromium not found (/usr/bin/chromium); run .ci/install-chromium");
        Path page = pyramid(tmp).resolve("index.html");

        String dom = browse(page, Files.createDirectory(tmp.resolve("profile-dom")), "--dump-dom");
        Matcher body = Pattern.compile("<body([^>]*)>").matcher(dom);
        assertTrue(body.find(), "no <body> in Chromium's DOM dump");
        String attributes = body.group(1);
        assertTrue(attributes.contains("data-opened=\"true\""), "the viewer did not open the pyramid: " + attributes);
        assertFalse(attributes.contains("data-open-failed"), attributes);
        assertFalse(attributes.contains("data-tiles-failed"), attributes);
        Matcher loaded = Pattern.compile("data-tiles-loaded=\"(\\d+)\"").matcher(attributes);
        assertTrue(loaded.find() && Integer.parseInt(loaded.group(1)) > 0, "no tile loaded: " + attributes);

        Path shot = tmp.resolve("shot.png");
        browse(page, Files.createDirectory(tmp.resolve("profile-shot")), "--screenshot=" + shot);
        BufferedImage image = ImageIO.read(shot.toFile());
        assertNotNull(image, "Chromium wrote no screenshot");
        assertEquals(800, image.getWidth());
        // The page is black; the picture's outside is coloured. Most of a band across the middle,
        // left of the set, must be coloured, or the tiles were not drawn.
        int coloured = 0;
        int samples = 0;
        for (int x = 60; x < 260; x += 4) {
            for (int y = 250; y < 350; y += 4) {
                int rgb = image.getRGB(x, y);
                int brightness = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
                coloured += brightness > 60 ? 1 : 0;
                samples++;
            }
        }
        assertTrue(coloured > samples / 2, "the screenshot shows no picture (" + coloured + " of " + samples
                + " samples coloured)");
    }
}
