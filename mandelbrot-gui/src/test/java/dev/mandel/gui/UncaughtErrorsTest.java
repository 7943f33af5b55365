package dev.mandel.gui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** An exception nobody caught is logged with its trace and reported in an alert that says where the log is. */
class UncaughtErrorsTest {

    @Test
    void anUncaughtExceptionIsLoggedAndAnnounced(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("sub").resolve("viewer.log");
        UncaughtErrors errors = new UncaughtErrors(log);
        Thread t = new Thread(() -> {
            throw new IllegalStateException("the palette file is damaged");
        }, "test-thread");
        t.setUncaughtExceptionHandler(errors);
        t.start();
        t.join();
        String text = Files.readString(log);
        assertTrue(text.contains("uncaught in thread test-thread"), text);
        assertTrue(text.contains("IllegalStateException: the palette file is damaged"), text);
        assertTrue(text.contains("at "), "with its stack trace");
        String alert = errors.alertText("the palette file is damaged");
        assertTrue(alert.contains("the palette file is damaged") && alert.contains(log.toString()), alert);
        // On the FX thread too: the handler runs there and shows the alert without failing.
        FxTest.run(() -> errors.uncaughtException(Thread.currentThread(), new RuntimeException("on the FX thread")));
        assertTrue(Files.readString(log).contains("on the FX thread"));
    }
}
