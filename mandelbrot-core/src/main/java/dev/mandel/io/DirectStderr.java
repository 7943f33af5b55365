package dev.mandel.io;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Writes {@code System.err} straight to the user's stderr when the launcher passes it along.
 *
 * <p>The launcher replaces itself with the JVM (so signals reach it) and pipes the JVM's stderr
 * through a filter that drops the VM's incubator notice. A filter is a second process, so a line
 * the JVM writes just before exiting could appear after the shell's prompt. The launcher therefore
 * also hands over the original stderr as another descriptor ({@code /dev/fd/3}) and names it in
 * {@value #PROPERTY}; Java's own messages go there directly, in order, and only what the VM itself
 * prints passes through the filter.
 */
public final class DirectStderr {

    public static final String PROPERTY = "mandelbrot.stderr.path";

    private DirectStderr() {
    }

    /** Points {@code System.err} at the path the launcher named, if any; otherwise changes nothing. */
    public static void install() {
        String path = System.getProperty(PROPERTY);
        if (path == null || path.isBlank()) {
            return;
        }
        // A file has an offset that a second opening would not share with the shell's own descriptor
        // (`cmd > log 2>&1`): lines would overwrite each other. Files have no prompt to race with
        // either, so they keep the filtered stderr. Terminals and pipes have no offset.
        if (java.nio.file.Files.isRegularFile(java.nio.file.Path.of(path))) {
            return;
        }
        try {
            // Append: when stderr is a file, opening it again must neither truncate nor overwrite it.
            PrintStream direct = new PrintStream(new FileOutputStream(path, true), true, System.err.charset());
            System.setErr(direct);
        } catch (IOException | SecurityException e) {
            // a socket or a closed descriptor cannot be opened by name: keep the filtered stderr
        }
    }
}
