package dev.mandel.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code mandelbrot worker} as a real process on loopback: it serves a render, then is killed
 * (SIGKILL) in the middle of a long one, which must fail with one line and leave no file.
 */
class WorkerProcessTest {

    private static Process worker;
    private static String address;

    @BeforeAll
    static void startWorker() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        worker = new ProcessBuilder(List.of(java.toString(), "--add-modules=jdk.incubator.vector",
                "--sun-misc-unsafe-memory-access=allow", "-cp",
                System.getProperty("java.class.path"), "dev.mandel.cli.Main", "worker", "--port",
                Integer.toString(port), "--threads", "1"))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("worker ")) {
                        return line;
                    }
                }
                return "the worker exited";
            } catch (IOException e) {
                return e.toString();
            }
        });
        String line = ready.get(180, TimeUnit.SECONDS);
        assertTrue(line.startsWith("worker 127.0.0.1:" + port + " ready: 1 thread"), line);
        assertTrue(line.contains("loopback only, no secret"), line);
        address = "127.0.0.1:" + port;
        // Keep reading, so the worker never blocks on a full pipe.
        Thread.ofVirtual().start(() -> {
            try {
                while (out.readLine() != null) {
                    // drained
                }
            } catch (IOException ignored) {
                // the worker was killed
            }
        });
    }

    @AfterAll
    static void stopWorker() throws InterruptedException {
        if (worker != null) {
            worker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void servesARenderThenDiesMidJobWithOneLine(@TempDir Path dir) throws Exception {
        Path local = dir.resolve("local.png");
        Path onFarm = dir.resolve("farm.png");
        String[] view = {"--preset", "elephant", "--size", "160x120", "--max-iter", "500"};
        CliRun a = CliRun.of(cat(new String[] {"render", "--no-warmup", "-o", local.toString()}, view));
        assertEquals(0, a.exitCode(), a.toString());
        CliRun b = CliRun.of(cat(new String[] {"render", "--cluster", address, "-o", onFarm.toString()}, view));
        assertEquals(0, b.exitCode(), b.toString());
        assertArrayEquals(Files.readAllBytes(local), Files.readAllBytes(onFarm));

        // About 10^10 iterations on one thread: minutes of work, killed after two seconds.
        Path never = dir.resolve("never.png");
        CompletableFuture<CliRun> longJob = CompletableFuture.supplyAsync(() -> CliRun.of("render", "--cluster",
                address, "--preset", "full", "--size", "1000x750", "--max-iter", "100000", "--task-rows", "10",
                "-o", never.toString()));
        Thread.sleep(2000);
        worker.destroyForcibly();
        assertTrue(worker.waitFor(30, TimeUnit.SECONDS));
        CliRun c = longJob.get(120, TimeUnit.SECONDS);
        assertEquals(1, c.exitCode(), c.toString());
        assertEquals(1, c.errLines().size(), c.toString());
        assertTrue(c.err().startsWith("error: no worker left in the farm: "), c.toString());
        assertTrue(Files.notExists(never));
    }

    private static String[] cat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
