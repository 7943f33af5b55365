package dev.mandel.gui.classroom;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One background thread for the classroom's measurements, so they run one at a time (two timed
 * renders at once on a small machine would spoil both) and never on the FX thread. Results and
 * errors come back through {@code ui}; {@link #busyProperty()} and {@link #statusProperty()} are
 * only touched there.
 */
final class Background implements AutoCloseable {

    private final Executor ui;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "classroom-measure");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    Background(Executor ui) {
        this.ui = ui;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What runs now, or how the last task ended (its error, one line). */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Runs {@code work} in the background and hands its result to {@code done} on the FX thread. */
    <T> void run(String what, Supplier<T> work, Consumer<T> done) {
        busy.set(true);
        status.set(what + "…");
        worker.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | OutOfMemoryError e) {
                String line = e.getMessage() == null ? e.toString() : e.getMessage();
                ui.execute(() -> {
                    busy.set(false);
                    status.set("could not finish (" + what + "): " + line);
                });
                return;
            }
            ui.execute(() -> {
                busy.set(false);
                status.set("");
                done.accept(result);
            });
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
