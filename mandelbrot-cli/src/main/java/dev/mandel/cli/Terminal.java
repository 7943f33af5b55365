package dev.mandel.cli;

import java.io.Console;

/** Whether progress may be drawn: only for a person watching a terminal, never into logs or pipes. */
final class Terminal {

    /**
     * Set by the launcher, which pipes the JVM's stderr through a filter and so is the only one
     * that still knows whether the user's stderr is a terminal ({@code [ -t 2 ]}).
     */
    static final String STDERR_TTY_PROPERTY = "mandelbrot.stderr.tty";

    private Terminal() {
    }

    static boolean stderrIsTerminal() {
        String told = System.getProperty(STDERR_TTY_PROPERTY);
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        Console console = System.console();
        return console != null && console.isTerminal();
    }
}
