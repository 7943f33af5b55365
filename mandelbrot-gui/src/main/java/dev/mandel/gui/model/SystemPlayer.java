package dev.mandel.gui.model;

import dev.mandel.encode.Ffmpeg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Opens a finished video with the desktop's default player, where the desktop has one. */
final class SystemPlayer {

    private SystemPlayer() {
    }

    /** Hands {@code file} to {@code xdg-open} (or macOS {@code open}); false when neither exists or there is no display. */
    static boolean open(Path file) {
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        Optional<Path> opener = Ffmpeg.onPath("xdg-open");
        if (opener.isEmpty() && System.getProperty("os.name", "").startsWith("Mac")) {
            opener = Ffmpeg.onPath("open");
            display = true;
        }
        if (opener.isEmpty() || !display) {
            return false;
        }
        try {
            new ProcessBuilder(opener.get().toString(), file.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
