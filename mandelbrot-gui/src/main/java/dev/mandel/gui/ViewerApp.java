package dev.mandel.gui;

import dev.mandel.gui.classroom.ClassroomPane;
import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.KernelWarmup;
import dev.mandel.gui.model.RenderSettings;
import dev.mandel.gui.model.ViewFit;
import dev.mandel.gui.model.ViewerPrefs;
import dev.mandel.gui.view.Snapshots;
import dev.mandel.gui.view.ViewerWindow;
import dev.mandel.render.Frame;
import dev.mandel.view.ImageSize;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

/** The JavaFX application: builds the model and the window, restores and saves the session. */
public final class ViewerApp extends Application {

    /** What the process exits with once the window closes: 1 when a requested snapshot failed. */
    private static volatile int exitCode;

    private ExplorerModel model;
    private ViewerWindow window;
    private ViewerOptions options;
    private ClassroomPane classroom;

    /** The kernel warm-up {@link ViewerMain} started before launching JavaFX; null when switched off. */
    static volatile KernelWarmup warmup;

    @Override
    public void start(Stage stage) {
        new UncaughtErrors(UncaughtErrors.defaultLog()).install();
        options = ViewerOptions.parse(getParameters().getRaw().toArray(String[]::new));
        ViewerPrefs defaults = new ViewerPrefs(ViewFit.contain(Preset.FULL.view(), 900, 640),
                RenderSettings.defaults(), false, false);
        ViewerPrefs prefs = options.fresh ? defaults : ViewerPrefs.load(ViewerPrefs.defaultFile(), defaults);
        RenderSettings settings = withOptions(prefs.settings());

        model = new ExplorerModel(prefs.view(), settings, Platform::runLater);
        model.setKeepAwake(options.keepAwake);
        FrameLog log = options.logFrames ? new FrameLog(System.out) : null;
        if (log != null) {
            log.event("JavaFX started");
            log.follow(model);
        }
        if (warmup != null) {
            model.followWarmup(warmup);
            if (log != null) {
                log.follow(warmup);
            }
        }
        model.ownershipOverlayProperty().set(prefs.ownershipOverlay() || options.overlay);
        model.logHistogramProperty().set(prefs.logHistogram());
        window = new ViewerWindow(model);
        if (log != null) {
            log.event("window built");
        }
        if (options.classroom) {
            installClassroom(log); // asked for: before the window shows, so it opens on that tab
        }

        ImageSize size = options.windowSize();
        Scene scene = new Scene(window, size.width(), size.height());
        scene.getStylesheets().add(Objects.requireNonNull(
                ViewerWindow.class.getResource("viewer.css")).toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), Platform::exit);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), Platform::exit);
        stage.setTitle("Mandelbrot viewer");
        stage.setScene(scene);
        if (log != null) {
            stage.setOnShown(e -> log.event("window shown"));
        }
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        if (classroom == null) {
            // After the window is up: the classroom's charts and tables cost start-up time nobody waits for.
            Platform.runLater(() -> installClassroom(log));
        }
        window.focusTarget().requestFocus();

        if (options.preset != null) {
            model.applyPreset(options.preset);
            if (options.maxIter != null) {
                model.setMaxIter(options.maxIter);
            }
        }
        if (options.location != null) {
            model.goTo(options.location);
        }
        if (options.tab != null) {
            String wanted = options.tab.trim().toLowerCase(Locale.ROOT);
            Platform.runLater(() -> window.sideTabs().getTabs().stream()
                    .filter(t -> t.getText().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                    .ifPresent(t -> window.sideTabs().getSelectionModel().select(t)));
        }
        if (options.snapshot != null) {
            snapshotWhenDone(scene);
        }
    }

    private void installClassroom(FrameLog log) {
        classroom = ClassroomPane.install(window, Platform::runLater);
        if (log != null) {
            log.event("classroom built");
            log.follow(classroom);
        }
        if (options.classroom) {
            window.sideTabs().getSelectionModel().selectLast();
        }
    }

    /** Command-line settings override the remembered ones. */
    private RenderSettings withOptions(RenderSettings s) {
        if (options.kernel != null) {
            s = s.withKernel(options.kernel);
        }
        if (options.schedule != null) {
            s = s.withSchedule(options.schedule);
        }
        if (options.threads != null) {
            s = s.withThreads(options.threads);
        }
        if (options.partitionFactor != null) {
            s = s.withPartitionFactor(options.partitionFactor);
        }
        if (options.maxIter != null) {
            s = s.withMaxIter(options.maxIter);
        }
        if (options.palette != null) {
            s = s.withPalette(options.palette);
        }
        if (options.smooth) {
            s = s.withSmooth(true);
        }
        return s;
    }

    /** Writes the window to the snapshot file once the frame for the current view is shown, then quits. */
    private void snapshotWhenDone(Scene scene) {
        ChangeListener<Frame> onFrame = new ChangeListener<>() {
            private int warmups = options.warmup;

            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Frame> o, Frame old, Frame f) {
                Viewport v = model.viewport();
                if (f == null || !f.request().view().equals(v) || model.renderingProperty().get()) {
                    return;
                }
                if (warmups-- > 0) {
                    model.refresh(); // the first frames run before the JIT has compiled the kernel
                    return;
                }
                model.frameProperty().removeListener(this);
                PauseTransition settle = new PauseTransition(Duration.millis(400));
                settle.setOnFinished(e -> {
                    try {
                        Snapshots.save(scene, options.snapshot);
                        System.out.println("wrote " + options.snapshot.toAbsolutePath());
                    } catch (IOException ex) {
                        System.err.println("error: " + ex.getMessage());
                        exitCode = 1;
                    }
                    Platform.exit();
                });
                settle.play();
            }
        };
        model.frameProperty().addListener(onFrame);
    }

    static int exitCode() {
        return exitCode;
    }

    @Override
    public void stop() {
        if (model == null) {
            return;
        }
        window.pump().stop();
        window.pointPreview().close();
        if (classroom != null) {
            classroom.close();
        }
        if (options.snapshot == null) {
            try {
                new ViewerPrefs(model.viewport(), model.settings(), model.ownershipOverlayProperty().get(),
                        model.logHistogramProperty().get()).save(ViewerPrefs.defaultFile());
            } catch (IOException | RuntimeException e) {
                System.err.println("warning: could not remember the view: " + e.getMessage());
            }
        }
        model.close();
    }
}
