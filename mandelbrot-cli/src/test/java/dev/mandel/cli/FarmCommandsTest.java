package dev.mandel.cli;

import dev.mandel.farm.LoopbackFarm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code render --cluster} and {@code tiles --cluster} against two real loopback workers shared by the class. */
class FarmCommandsTest {

    private static LoopbackFarm farm;

    @BeforeAll
    static void startFarm() throws IOException {
        farm = LoopbackFarm.start(2, Optional.empty());
    }

    @AfterAll
    static void stopFarm() {
        if (farm != null) {
            farm.close();
        }
    }

    @Test
    void renderOnTheClusterWritesTheLocalFileByteForByte(@TempDir Path dir) throws IOException {
        for (String ext : List.of("png", "npy")) {
            Path local = dir.resolve("local." + ext);
            Path onFarm = dir.resolve("farm." + ext);
            String[] view = {"--preset", "seahorse", "--size", "301x203", "--max-iter", "600", "--smooth"};
            CliRun a = CliRun.of(concat(new String[] {"render", "--no-warmup", "-o", local.toString()}, view));
            assertEquals(0, a.exitCode(), a.toString());
            CliRun b = CliRun.of(concat(new String[] {"render", "--cluster", farm.clusterOption(), "--task-rows", "9",
                "-o", onFarm.toString()}, view));
            assertEquals(0, b.exitCode(), b.toString());
            assertArrayEquals(Files.readAllBytes(local), Files.readAllBytes(onFarm), ext);
            assertTrue(b.out().contains("on the farm (hazelcast, 2 workers), 23 tasks of 9 rows"), b.out());
            assertTrue(b.out().contains("farm: 23/23 tasks: "), b.out());
        }
    }

    @Test
    void tilesOnTheClusterEqualLocalTiles(@TempDir Path dir) throws IOException {
        String[] args = {"tiles", "--preset", "full", "--levels", "2", "--tile", "64", "--max-iter", "200"};
        CliRun a = CliRun.of(concat(args, new String[] {"-o", dir.resolve("local").toString()}));
        assertEquals(0, a.exitCode(), a.toString());
        CliRun b = CliRun.of(concat(args, new String[] {"--cluster", farm.clusterOption(), "-o",
            dir.resolve("farm").toString()}));
        assertEquals(0, b.exitCode(), b.toString());
        assertTrue(b.out().contains("4 base tiles of 64 pixels rendered on the farm"), b.out());
        List<Path> names = files(dir.resolve("local"));
        assertEquals(names, files(dir.resolve("farm")));
        for (Path name : names) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(name)),
                    Files.readAllBytes(dir.resolve("farm").resolve(name)), name.toString());
        }
    }

    @Test
    void zoomFramesOnTheClusterEqualLocalFrames(@TempDir Path dir) throws IOException {
        // Without ffmpeg the frames are PNG files, which can be compared byte for byte.
        System.setProperty(dev.mandel.encode.Ffmpeg.PROPERTY, "");
        try {
            for (String where : List.of("local", "farm")) {
                Path out = Files.createDirectory(dir.resolve(where)).resolve("zoom.mp4");
                List<String> args = new java.util.ArrayList<>(List.of("zoom", "--center", "-0.7453,0.1127", "--span",
                        "0.002", "--seconds", "1", "--fps", "6", "--size", "48x32", "--max-iter", "400", "--smooth",
                        "-o", out.toString()));
                if (where.equals("farm")) {
                    args.addAll(List.of("--cluster", farm.clusterOption()));
                }
                CliRun r = CliRun.of(args.toArray(String[]::new));
                assertEquals(0, r.exitCode(), r.toString());
                if (where.equals("farm")) {
                    assertTrue(r.out().contains("farm: tasks per worker: "), r.out());
                }
            }
        } finally {
            System.clearProperty(dev.mandel.encode.Ffmpeg.PROPERTY);
        }
        List<Path> names = files(dir.resolve("local/zoom-frames"));
        assertEquals(6, names.stream().filter(n -> n.toString().endsWith(".png")).count(), names.toString());
        assertEquals(names, files(dir.resolve("farm/zoom-frames")));
        for (Path name : names) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("local/zoom-frames").resolve(name)),
                    Files.readAllBytes(dir.resolve("farm/zoom-frames").resolve(name)), name.toString());
        }
    }

    @Test
    void noWorkerAtTheAddressIsOneLine(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("x.png");
        CliRun r = CliRun.of("render", "--cluster", "127.0.0.1:1", "--cluster-timeout", "2", "--size", "40x30", "-o", out.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.err().contains("cannot reach a farm worker at [127.0.0.1:1]"), r.toString());
        assertTrue(Files.notExists(out));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
