package dev.mandel.cli;

import dev.mandel.io.OutputTarget;
import dev.mandel.io.OutputTransaction;
import dev.mandel.render.MemoryBudget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Output checks the command line adds to {@link OutputTransaction}'s own (which checks every path
 * before any work starts): the format an extension selects, and room on the disk for a file
 * whose size is known in advance.
 */
final class Outputs {

    private Outputs() {
    }

    /**
     * Checks a path for a writer that manages its own side file (the zoom's video through ffmpeg):
     * the same checks as {@link OutputTransaction#add}, and a device or pipe is refused, since such
     * a writer would rename its file over it. Returns the absolute path.
     */
    static Path checked(Path path, String option, String... extensions) {
        OutputTarget target = OutputTarget.check(path, option, extensions);
        if (target.kind() == OutputTarget.Kind.SPECIAL) {
            throw new IllegalArgumentException(option + " '" + path + "' is a device or pipe; name a file");
        }
        return target.path();
    }

    /** Whether {@code path} ends in {@code extension} (lower case, with the dot), ignoring case. */
    static boolean hasExtension(Path path, String extension) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(extension);
    }

    /** Refuses up front a file of known size that the disk holding {@code output} cannot take. */
    static void requireDiskSpace(OutputTransaction.Output output, long bytes, String what) {
        if (output.target().kind() == OutputTarget.Kind.SPECIAL) {
            return;
        }
        Path dir = output.path().getParent();
        long free;
        try {
            free = Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return;   // unknown: the write itself reports a full disk, and the transaction leaves nothing
        }
        if (bytes > free) {
            throw new IllegalArgumentException(what + " needs " + MemoryBudget.human(bytes) + " but only "
                    + MemoryBudget.human(free) + " is free on the disk holding " + dir);
        }
    }
}
