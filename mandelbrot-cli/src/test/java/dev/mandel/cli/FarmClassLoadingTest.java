package dev.mandel.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without --cluster the farm's engine costs nothing: a render in a fresh JVM loads no Hazelcast class. */
class FarmClassLoadingTest {

    @Test
    void aLocalRenderLoadsNoHazelcastClass(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = dir.resolve("x.png");
        Process p = new ProcessBuilder(List.of(java.toString(), "--add-modules=jdk.incubator.vector",
                "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), "dev.mandel.cli.Main", "render", "--size", "64x48",
                "--no-warmup", "-o", out.toString()))
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the render did not finish");
        assertEquals(0, p.exitValue(), log.lines().filter(l -> !l.contains("class,load")).toList().toString());
        assertTrue(Files.exists(out));
        assertTrue(log.contains("dev.mandel.cli.RenderCommand"), "class loading was not logged");
        assertFalse(log.contains("com.hazelcast."), "a local render loaded Hazelcast");
        assertFalse(log.contains("dev.mandel.farm.hazelcast."), "a local render loaded the farm's engine");
    }
}
