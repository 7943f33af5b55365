package dev.mandel.io;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputTransactionTest {

    @TempDir
    Path dir;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void allOutputsAppearTogetherOnlyAtCommit() throws IOException {
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.csv");
        Files.write(a, bytes("old a"));
        try (OutputTransaction tx = new OutputTransaction()) {
            var outA = tx.add(a, "--output", ".png");
            var outB = tx.add(b, "--rows", ".csv");
            tx.write(outA, out -> out.write(bytes("new a")));
            tx.write(outB, out -> out.write(bytes("new b")));
            assertArrayEquals(bytes("old a"), Files.readAllBytes(a), "nothing moves before the commit");
            assertFalse(Files.exists(b));
            tx.commit();
        }
        assertArrayEquals(bytes("new a"), Files.readAllBytes(a));
        assertArrayEquals(bytes("new b"), Files.readAllBytes(b));
        assertEquals(List.of("a.png", "b.csv"), names(dir), "no side files left");
    }

    @Test
    void aLaterFailureLeavesEveryTargetAsItWas() throws IOException {
        Path a = dir.resolve("a.png");
        Files.write(a, bytes("old a"));
        try (OutputTransaction tx = new OutputTransaction()) {
            var outA = tx.add(a, "--output", ".png");
            var outB = tx.add(dir.resolve("b.csv"), "--rows", ".csv");
            tx.write(outA, out -> out.write(bytes("new a")));
            IOException e = assertThrows(IOException.class, () -> tx.write(outB, out -> {
                out.write(new byte[10_000]);
                throw new IOException("No space left on device");
            }));
            assertTrue(e.getMessage().contains("b.csv") && e.getMessage().contains("No space left"), e.getMessage());
        }
        assertArrayEquals(bytes("old a"), Files.readAllBytes(a));
        assertEquals(List.of("a.png"), names(dir));
    }

    @Test
    void aFailedMovePutsTheOldFilesBack() throws IOException {
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.csv");
        Files.write(a, bytes("old a"));
        try (OutputTransaction tx = new OutputTransaction()) {
            var outA = tx.add(a, "--output", ".png");
            var outB = tx.add(b, "--rows", ".csv");
            tx.write(outA, out -> out.write(bytes("new a")));
            tx.write(outB, out -> out.write(bytes("new b")));
            // Between the check and the commit, b.csv became a folder that is not empty: its rename fails.
            Files.createDirectories(b.resolve("inside"));
            IOException e = assertThrows(IOException.class, tx::commit);
            assertTrue(e.getMessage().contains("b.csv") && e.getMessage().contains("no output was changed"),
                    e.getMessage());
        }
        assertArrayEquals(bytes("old a"), Files.readAllBytes(a), "a.png was moved, then put back");
        assertEquals(List.of("a.png", "b.csv"), names(dir));
        assertTrue(Files.isDirectory(b));
    }

    @Test
    void theLongestLegalNameWorks() throws IOException {
        String stem = "n".repeat(OutputTarget.MAX_NAME_BYTES - 4);
        Path target = dir.resolve(stem + ".png");
        Files.write(target, bytes("old"));
        OutputTransaction.writeOne(target, "--output", out -> out.write(bytes("new")), ".png");
        assertArrayEquals(bytes("new"), Files.readAllBytes(target));
        assertEquals(List.of(stem + ".png"), names(dir));
        // Multi-byte characters: 85 x 3 bytes = 255 bytes, cut at a character boundary for the side name.
        Path accented = dir.resolve("\u20ac".repeat(81) + ".png");
        OutputTransaction.writeOne(accented, "--output", out -> out.write(bytes("x")), ".png");
        assertTrue(Files.exists(accented));
    }

    @Test
    void aNameLongerThanFileSystemsAllowIsRefusedBeforeAnything() {
        Path target = dir.resolve("n".repeat(252) + ".png");
        OutputPathException e = assertThrows(OutputPathException.class,
                () -> new OutputTransaction().add(target, "--output", ".png"));
        assertTrue(e.getMessage().startsWith("--output '") && e.getMessage().contains("256 bytes"), e.getMessage());
    }

    @Test
    void sideNamesNeverOutgrowTheTarget() {
        for (String name : List.of("a.png", "x".repeat(60) + ".csv", "\u00e9".repeat(125) + ".png", "y".repeat(255))) {
            int target = name.getBytes(StandardCharsets.UTF_8).length;
            String side = SideName.part(name);
            int sideBytes = side.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(sideBytes <= Math.max(target, SideName.SHORT_NAME_BYTES), name + " -> " + side);
            assertTrue(SideName.isSideName(side), side);
        }
    }

    @Test
    void badPathsAreRefusedWithOneLineNamingTheOption() throws IOException {
        Files.createDirectory(dir.resolve("folder.png"));
        Path readOnly = Files.write(dir.resolve("locked.png"), bytes("keep"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        String[][] cases = {
            {dir.resolve("missing/x.png").toString(), "folder " + dir.resolve("missing") + " does not exist"},
            {dir.resolve("folder.png").toString(), "is a folder, not a file"},
            {dir + "/", "is a folder, not a file"},
            {dir.resolve("x.txt").toString(), "must end in .png"},
            {readOnly.toString(), "read-only"},
        };
        for (String[] c : cases) {
            OutputPathException e = assertThrows(OutputPathException.class,
                    () -> OutputTarget.check(Path.of(c[0]), "--chart", ".png"), c[0]);
            assertTrue(e.getMessage().startsWith("--chart '") && e.getMessage().contains(c[1]), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
        assertArrayEquals(bytes("keep"), Files.readAllBytes(readOnly));
    }

    @Test
    void theSameFileTwiceIsRefused() throws IOException {
        try (OutputTransaction tx = new OutputTransaction()) {
            tx.add(dir.resolve("x.csv"), "--rows", ".csv");
            OutputPathException e = assertThrows(OutputPathException.class,
                    () -> tx.add(dir.resolve("./x.csv"), "--trace", ".csv"));
            assertTrue(e.getMessage().contains("--rows and --trace name the same file"), e.getMessage());
        }
        assertEquals(List.of(), names(dir));
    }

    @Test
    void aDeviceIsWrittenIntoNeverReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull));
        Object before = Files.getAttribute(devNull, "unix:rdev");
        OutputTransaction.writeOne(devNull, "--chart", out -> out.write(new byte[1000]), ".png");
        assertEquals(before, Files.getAttribute(devNull, "unix:rdev"));
        assertFalse(Files.isRegularFile(devNull));

        Path devFull = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(devFull));
        IOException e = assertThrows(IOException.class,
                () -> OutputTransaction.writeOne(devFull, "--chart", out -> out.write(new byte[100_000]), ".png"));
        assertTrue(e.getMessage().contains("/dev/full"), e.getMessage());
        assertFalse(Files.isRegularFile(devFull), "/dev/full is still a device");
    }

    @Test
    void aPipeIsWrittenInto() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "no mkfifo");
        Process reader = new ProcessBuilder("cat", fifo.toString()).start();
        OutputTransaction.writeOne(fifo, "--output", out -> out.write(bytes("through the pipe")), ".png");
        assertEquals("through the pipe", new String(reader.getInputStream().readAllBytes(), StandardCharsets.US_ASCII));
        assertTrue(reader.waitFor(10, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aSymbolicLinkStaysAndItsFileIsReplaced() throws IOException {
        Path real = Files.write(dir.resolve("real.png"), bytes("old"));
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), real.getFileName());
        OutputTransaction.writeOne(link, "--output", out -> out.write(bytes("new")), ".png");
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(bytes("new"), Files.readAllBytes(real));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path target = Files.write(dir.resolve("shared.csv"), bytes("old"));
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        OutputTransaction.writeOne(target, "--rows", out -> out.write(bytes("new")), ".csv");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void anAbortedTransactionRefusesToCommit() throws IOException {
        Path target = dir.resolve("x.png");
        try (OutputTransaction tx = new OutputTransaction()) {
            var out = tx.add(target, "--output", ".png");
            tx.write(out, o -> o.write(1));
            tx.abort();   // what the shutdown hook does on SIGTERM
            assertThrows(CancellationException.class, tx::commit);
        }
        assertEquals(List.of(), names(dir));
    }

    @Test
    void aFullDiskFailsNamingTheFileAndLeavesTheOldOne() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("small"), 256)) {
            Path target = Files.write(disk.root().resolve("poster.png"), bytes("the old poster"));
            IOException e = assertThrows(IOException.class, () -> OutputTransaction.writeOne(target, "--output",
                    out -> out.write(new byte[1 << 20]), ".png"));
            assertTrue(e.getMessage().startsWith("cannot write " + target + ": No space left on device"),
                    e.getMessage());
            assertArrayEquals(bytes("the old poster"), Files.readAllBytes(target));
            assertEquals(List.of("poster.png"), names(disk.root()));
        }
    }
}
