package dev.mandel.tiles;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * A folder written all or nothing: everything goes to a hidden folder beside the target, renamed
 * to the target only once complete; a failed or interrupted job removes it. The target must not
 * exist or be empty, so no earlier output is ever mixed with or lost to a new one.
 */
public final class OutputFolder {


    private OutputFolder() {
    }

    /** Fills a folder; may throw. */
    @FunctionalInterface
    public interface Content {
        void writeInto(Path dir) throws IOException;
    }

    /** Refuses, with a line naming {@code option}, a target that cannot be written. */
    public static Path checked(Path target, String option) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("cannot write " + option + " '" + target + "': folder " + parent
                    + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new IllegalArgumentException("cannot write " + option + " '" + target + "': folder " + parent
                    + " is not writable");
        }
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                throw new IllegalArgumentException(option + " '" + target + "' is a file; name a new folder");
            }
            try (Stream<Path> entries = Files.list(absolute)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(option + " '" + target + "' is not empty; name a new folder");
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + option + " '" + target + "': " + e.getMessage());
            }
        }
        return absolute;
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path partial = dev.mandel.io.SideName.partBeside(absolute);   // fits wherever the target's name does
        Files.createDirectory(partial);
        Thread cleanup = new Thread(() -> deleteQuietly(partial), "remove-partial-output");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            content.writeInto(partial);
            Files.deleteIfExists(absolute);   // empty, as checked
            try {
                Files.move(partial, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute);
            }
        } finally {
            deleteQuietly(partial);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException ignored) {
                // already shutting down: the hook runs
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // best effort: a hidden .part folder is left, never a half-written target
        }
    }
}
