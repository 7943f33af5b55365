package dev.mandel.tiles;

import dev.mandel.color.Colorizer;
import dev.mandel.color.Palette;
import dev.mandel.farm.FarmEngine;
import dev.mandel.farm.FarmEngines;
import dev.mandel.farm.FarmProgress;
import dev.mandel.farm.LoopbackFarm;
import dev.mandel.farm.Seal;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.Renderer;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pyramid rendered on two real members is the locally rendered pyramid, file for file, byte for byte. */
class TilesOnFarmTest {

    private static LoopbackFarm farm;
    private static FarmEngine coordinator;

    @BeforeAll
    static void startFarm() throws IOException {
        farm = LoopbackFarm.shared();
        coordinator = FarmEngines.standard().connect(farm.addresses(), Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopFarm() {
        if (coordinator != null) {
            coordinator.close();
        }
    }

    private static TileJob job(boolean smooth) {
        Viewport base = Viewport.centered(-0.745, 0.11, 0.05, 200, 150);
        TilePlan plan = new TilePlan(5, base, 500, smooth, new PyramidGeometry(200, 150, 64));
        return new TileJob(plan, new Colorizer(Palette.parse("fire"), 500), "test");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void farmTilesEqualLocalTiles(@TempDir Path tmp) throws IOException {
        for (boolean smooth : new boolean[] {false, true}) {
            Path local = Files.createDirectory(tmp.resolve("local-" + smooth));
            Path onFarm = Files.createDirectory(tmp.resolve("farm-" + smooth));
            try (Renderer renderer = new Renderer(KernelProvider.best(), 2)) {
                job(smooth).renderLocally(local, renderer, done -> { });
            }
            FarmProgress p = job(smooth).renderOnFarm(onFarm, coordinator, Seal.with(Optional.empty()), x -> { });
            assertEquals(12, p.done(), p.line());
            List<Path> names = files(local);
            assertEquals(names, files(onFarm));
            assertTrue(names.contains(Path.of("index.html")));
            assertTrue(names.contains(Path.of("openseadragon/openseadragon.min.js")));
            assertTrue(names.contains(Path.of(ViewerPage.NAME + "_files/8/3_2.png")));
            for (Path name : names) {
                assertArrayEquals(Files.readAllBytes(local.resolve(name)), Files.readAllBytes(onFarm.resolve(name)),
                        name.toString());
            }
        }
    }
}
