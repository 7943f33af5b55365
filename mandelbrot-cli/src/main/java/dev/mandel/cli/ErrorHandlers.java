package dev.mandel.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;

/** Turns picocli's and our exceptions into a one-line message and an exit code. */
final class ErrorHandlers {

    static final int USAGE = 2;
    static final int FAILURE = 1;

    private ErrorHandlers() {
    }

    static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("error: " + oneLine(e.getMessage()) + " (see '"
                + cmd.getCommandSpec().qualifiedName() + " --help')");
        return USAGE;
    }

    static int executionError(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof IllegalArgumentException) {
            cmd.getErr().println("error: " + oneLine(e.getMessage()));
            return USAGE;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            // The message names the file (the output transaction and the readers see to it).
            cmd.getErr().println("error: " + oneLine(e.getMessage()));
            return FAILURE;
        }
        if (e instanceof CancellationException) {
            cmd.getErr().println("error: cancelled" + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())));
            return FAILURE;
        }
        if (e instanceof IllegalStateException) {
            cmd.getErr().println("error: " + oneLine(e.getMessage()));
            return FAILURE;
        }
        cmd.getErr().println("error: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
        return FAILURE;
    }

    /** For failures outside a command (an Error, another thread): one line, never a stack trace. */
    static String describe(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "out of memory (" + oneLine(t.getMessage()) + "): use a smaller --size, or give the JVM more heap"
                    + " (JAVA_TOOL_OPTIONS=-Xmx...)";
        }
        if (t instanceof StackOverflowError) {
            return "stack overflow";
        }
        return t.getClass().getSimpleName() + ": " + oneLine(t.getMessage());
    }

    static String oneLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
