package dev.mandel.gui.model;

import dev.mandel.color.Colorizer;
import dev.mandel.color.Supersampler;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.view.ViewMath;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A poster is the view on screen at another size, streamed to a PNG through the strip pipeline. */
class PosterExportTest {

    @TempDir
    Path dir;

    private static int[] expected(Viewport v, int maxIter, int aa) {
        Viewport fine = aa == 1 ? v : Supersampler.fineView(v, aa);
        try (Renderer r = new Renderer(new ScalarKernel(), 1)) {
            Frame f = r.render(RenderRequest.of(fine, maxIter));
            int[] c = new int[f.counts().length];
            new Colorizer(RenderSettings.defaults().palette(), maxIter).colour(f.counts(), null, c, 0, c.length);
            return aa == 1 ? c : Supersampler.downsample(c, v.width(), v.height(), aa);
        }
    }

    private static int[] pixels(Path png) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        int[] argb = new int[img.getWidth() * img.getHeight()];
        img.getRGB(0, 0, img.getWidth(), img.getHeight(), argb, 0, img.getWidth());
        return argb;
    }

    @Test
    void thePosterIsTheScreensViewAtPosterSizeWithAndWithoutAntiAliasing() throws Exception {
        Viewport screen = Viewport.centered(-0.745, 0.11, 0.01, 90, 60);
        RenderSettings s = RenderSettings.defaults().withMaxIter(250).withThreads(2);
        for (int aa : new int[] {1, 2}) {
            Path file = dir.resolve("poster" + aa + ".png");
            List<PosterExport.Progress> seen = new ArrayList<>();
            AtomicReference<String> done = new AtomicReference<>();
            PosterExport e = PosterExport.start(new PosterExport.Job(screen, s, 150, 97, aa, file), Runnable::run,
                    seen::add, done::set);
            e.join();
            assertTrue(done.get().startsWith("wrote " + file), done.get());
            assertEquals(1.0, seen.getLast().fraction());
            assertArrayEquals(expected(ViewMath.resize(screen, 150, 97), 250, aa), pixels(file), "aa " + aa);
        }
    }

    @Test
    void aCancelledPosterLeavesNoFileAndBadSizesAreRefused() throws Exception {
        Path file = dir.resolve("big.png");
        RenderSettings s = RenderSettings.defaults().withMaxIter(20000).withThreads(2);
        AtomicReference<String> done = new AtomicReference<>();
        PosterExport e = PosterExport.start(new PosterExport.Job(Viewport.fullSet(90, 60), s, 3000, 3000, 1, file),
                Runnable::run, p -> { }, done::set);
        e.cancel();
        e.join();
        assertTrue(done.get().startsWith("poster cancelled"), done.get());
        assertFalse(Files.exists(file));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new PosterExport.Job(Viewport.fullSet(9, 6), s, 0, 10, 1, file)).getMessage().contains("poster size"));
    }
}
