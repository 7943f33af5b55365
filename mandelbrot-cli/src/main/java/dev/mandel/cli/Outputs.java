package dev.mandel.cli;

import dev.mandel.render.MemoryBudget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Checks output paths before any work starts, so a typo in a folder name fails in a millisecond
 * with one line instead of after a ten-minute render, and nothing is written when anything is wrong.
 */
final class Outputs {

    private Outputs() {
    }

    /**
     * The absolute path of {@code path} after checking its extension is one of {@code extensions}
     * (lower case, with the dot) and that its folder exists and can be written.
     */
    static Path checked(Path path, String option, String... extensions) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Arrays.stream(extensions).noneMatch(name::endsWith)) {
            throw new IllegalArgumentException(option + " '" + path + "' must end in "
                    + Arrays.stream(extensions).collect(Collectors.joining(" or ")));
        }
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException(option + " '" + path + "' is a folder, not a file");
        }
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("cannot write " + option + " '" + path + "': folder " + dir
                    + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalArgumentException("cannot write " + option + " '" + path + "': folder " + dir
                    + " is not writable");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new IllegalArgumentException("cannot write " + option + " '" + path + "': the file is read-only");
        }
        return absolute;
    }

    /** Whether {@code path} ends in {@code extension} (lower case, with the dot), ignoring case. */
    static boolean hasExtension(Path path, String extension) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension);
    }

    /** Refuses up front a file of known size that the disk holding {@code target} cannot take. */
    static void requireDiskSpace(Path target, long bytes, String what) {
        long free;
        try {
            free = Files.getFileStore(target.getParent()).getUsableSpace();
        } catch (IOException e) {
            return;   // unknown: let the write itself report a full disk, atomically
        }
        if (bytes > free) {
            throw new IllegalArgumentException(what + " needs " + MemoryBudget.human(bytes) + " but only "
                    + MemoryBudget.human(free) + " is free on the disk holding " + target.getParent());
        }
    }

    /** Refuses two outputs that name the same file (one would silently overwrite the other). */
    static void requireDistinct(Path a, String optionA, Path b, String optionB) {
        if (a != null && b != null && a.equals(b)) {
            throw new IllegalArgumentException(optionA + " and " + optionB + " name the same file " + a);
        }
    }
}
