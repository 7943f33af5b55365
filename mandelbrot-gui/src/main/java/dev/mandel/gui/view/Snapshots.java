package dev.mandel.gui.view;

import dev.mandel.io.PngWriter;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import java.io.IOException;
import java.nio.file.Path;

/** PNG files of what is on screen: a node or a whole scene, written atomically. */
public final class Snapshots {

    private Snapshots() {
    }

    public static void save(Node node, Path file) throws IOException {
        write(node.snapshot(null, null), file);
    }

    public static void save(Scene scene, Path file) throws IOException {
        write(scene.snapshot(null), file);
    }

    private static void write(WritableImage image, Path file) throws IOException {
        PngWriter.write(file, SwingFXUtils.fromFXImage(image, null));
    }
}
