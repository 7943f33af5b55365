package dev.mandel.gui;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The one handler for exceptions nobody caught, on the FX thread and on every other thread: the
 * stack trace goes to a log file (and standard error), and the window shows an alert with the
 * message and where the details are, instead of the error vanishing into a terminal the user may
 * not have. One alert at a time: a burst of the same failure does not stack dialogs.
 */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    private final Path logFile;
    private boolean alertOpen;

    UncaughtErrors(Path logFile) {
        this.logFile = logFile;
    }

    /** The log beside the viewer's remembered settings: {@code ~/.mandelbrot/viewer.log}. */
    static Path defaultLog() {
        return Path.of(System.getProperty("user.home"), ".mandelbrot", "viewer.log");
    }

    /** Handles uncaught exceptions of every thread, the FX thread included. */
    void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        String trace = log(thread, error);
        System.err.print(trace);
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        if (Platform.isFxApplicationThread()) {
            alert(message);
        } else {
            try {
                Platform.runLater(() -> alert(message));
            } catch (IllegalStateException toolkitGone) {
                // the window is already closed: the log and stderr have it
            }
        }
    }

    /** Appends the trace to the log file; returns it. A log that cannot be written is not an error of its own. */
    String log(Thread thread, Throwable error) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            out.println(Instant.now() + " uncaught in thread " + thread.getName() + ":");
            error.printStackTrace(out);
        }
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            System.err.println("warning: could not write " + logFile + ": " + e.getMessage());
        }
        return text.toString();
    }

    /** What the alert says. */
    String alertText(String message) {
        return "Something went wrong: " + message + "\n\nThe viewer keeps running. The details were written to "
                + logFile + ".";
    }

    private void alert(String message) {
        if (alertOpen) {
            return;
        }
        alertOpen = true;
        try {
            Alert a = new Alert(Alert.AlertType.ERROR, alertText(message), ButtonType.OK);
            a.setHeaderText("Unexpected error");
            a.setTitle("Mandelbrot viewer");
            a.setOnHidden(e -> alertOpen = false);
            a.show();
        } catch (RuntimeException e) {
            alertOpen = false; // no window to show it in (headless, shutting down): the log has it
        }
    }
}
