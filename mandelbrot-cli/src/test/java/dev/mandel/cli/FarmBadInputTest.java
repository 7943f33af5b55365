package dev.mandel.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad farm and tile options: one line, exit 2, nothing started, nothing written. */
class FarmBadInputTest {

    private static void usage(String expected, String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.err().contains(expected), r.toString());
    }

    @Test
    void renderFarmOptions(@TempDir Path dir) {
        String out = dir.resolve("x.png").toString();
        usage("--cluster 'host:port:9': write IPv6 addresses as [ADDR]:PORT", "render", "--cluster", "host:port:9", "-o", out);
        usage("port 'abc' is not a number", "render", "--cluster", "127.0.0.1:abc", "-o", out);
        usage("--task-rows needs --cluster", "render", "--task-rows", "4", "-o", out);
        usage("--task-rows must be at least 1", "render", "--cluster", "127.0.0.1:5701", "--task-rows", "0", "-o", out);
        usage("not available with --cluster", "render", "--cluster", "127.0.0.1:5701", "--trace",
                dir.resolve("t.csv").toString(), "-o", out);
        usage("the deep path, which the farm does not run yet", "render", "--cluster", "127.0.0.1:5701",
                "--center", "-0.75,0.1", "--span", "1e-20", "-o", out);
        // A documentation address (RFC 5737): refused before any connection is tried.
        usage("is not loopback-only, so it needs a shared secret", "render", "--cluster", "192.0.2.1:5701", "-o", out);
        assertTrue(Files.notExists(dir.resolve("x.png")));
    }

    @Test
    void workerOptions() {
        usage("--port must be between 1 and 65535", "worker", "--port", "70000");
        usage("would listen on every interface", "worker", "--bind", "0.0.0.0");
        usage("this worker (--bind 192.0.2.1) is not loopback-only", "worker", "--bind", "192.0.2.1");
        usage("is not loopback-only", "worker", "--join", "192.0.2.1:5701");
        usage("--threads must be between", "worker", "--threads", "0");
    }

    @Test
    void tilesOptions(@TempDir Path dir) throws IOException {
        String out = dir.resolve("t").toString();
        usage("--levels must be between 1 and", "tiles", "--levels", "0", "-o", out);
        usage("--tile must be between 16 and 4096", "tiles", "--levels", "2", "--tile", "8", "-o", out);
        usage("each edge may be at most", "tiles", "--levels", "17", "--tile", "4096", "-o", out);
        usage("Missing required option: '--levels=L'", "tiles", "-o", out);
        Path full = Files.createDirectory(dir.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        usage("is not empty; name a new folder", "tiles", "--levels", "1", "-o", full.toString());
        assertEquals("mine", Files.readString(full.resolve("keep.txt")));
        assertTrue(Files.notExists(dir.resolve("t")));
    }
}
