package dev.mandel.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicFileTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws IOException {
        Path target = dir.resolve("poster.png");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + target + ": disk full", failure.getMessage());
        assertEquals(List.of(), files());
    }

    @Test
    void aFailedWriteKeepsThePreviousFile() throws IOException {
        Path target = dir.resolve("image.png");
        Files.write(target, new byte[] {1, 2, 3});
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
            out.write(9);
            throw new IllegalStateException("render failed");
        }));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aSuccessfulWriteReplacesTheFileAndLeavesNoTemporary() throws IOException {
        Path target = dir.resolve("image.png");
        Files.write(target, new byte[] {1, 2, 3});
        AtomicFile.write(target, out -> out.write(new byte[] {4, 5}));
        assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void refusesAMissingFolder() {
        IOException e = assertThrows(IOException.class,
                () -> AtomicFile.write(dir.resolve("nope/image.png"), out -> out.write(1)));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }
}
