package dev.mandel.io;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real small file system for disk-full tests: a tmpfs of a few hundred KiB mounted on a folder.
 * Mounting needs root (CI runs as root); elsewhere the test is skipped with a line that says why.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code kib} KiB on {@code folder} (created), or skips the calling test. */
    public static SmallDisk mount(Path folder, int kib) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "tmpfs disk-full tests need Linux");
        int code = run("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "tmpfs", folder.toString());
        Assumptions.assumeTrue(code == 0, "skipped: cannot mount a small tmpfs here (needs root, as in CI)");
        return new SmallDisk(folder);
    }

    public Path root() {
        return mountPoint;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (run("umount", mountPoint.toString()) != 0) {
            run("umount", "-l", mountPoint.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return -1;   // no mount program
        }
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
