package dev.mandel.tiles;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The files beside the tiles: the {@code .dzi} descriptor, and an {@code index.html} that shows the
 * pyramid with OpenSeadragon, whose script and button images are copied out of its package (the
 * {@code org.webjars.npm:openseadragon} jar on the class path), never kept in this repository.
 *
 * <p>The page carries the descriptor inline, so it works straight from the disk ({@code file://},
 * where a browser refuses to fetch the {@code .dzi}); tiles are plain images, which it may load. It
 * notes on {@code <body>} when the image opened and how many tiles loaded, for tests and curious users.
 */
public final class ViewerPage {

    public static final String NAME = "mandelbrot";
    private static final String WEBJAR = "META-INF/resources/webjars/openseadragon/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/openseadragon/pom.properties";

    private ViewerPage() {
    }

    /** The folder of the tiles, relative to the page. */
    public static String tilesFolder() {
        return NAME + "_files";
    }

    public static void write(Path dir, PyramidGeometry g, String title) throws IOException {
        Files.writeString(dir.resolve(NAME + ".dzi"), dzi(g), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("index.html"), html(g, title), StandardCharsets.UTF_8);
        copyOpenSeadragon(dir.resolve("openseadragon"));
    }

    static String dzi(PyramidGeometry g) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Image xmlns=\"http://schemas.microsoft.com/deepzoom/2008\" Format=\"png\" Overlap=\"0\" TileSize=\""
                + g.tileSize() + "\">\n  <Size Width=\"" + g.width() + "\" Height=\"" + g.height() + "\"/>\n</Image>\n";
    }

    static String html(PyramidGeometry g, String title) {
        String safe = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Mandelbrot: %s</title>
                <style>html, body { margin: 0; height: 100%%; background: #000; } #viewer { width: 100%%; height: 100%%; }</style>
                </head>
                <body>
                <div id="viewer"></div>
                <script src="openseadragon/openseadragon.min.js"></script>
                <script>
                  // %dx%d pixels, %d levels of %d-pixel tiles; the descriptor is inline so that the page works from file://.
                  var viewer = OpenSeadragon({
                    id: "viewer",
                    prefixUrl: "openseadragon/images/",
                    showNavigator: true,
                    tileSources: {
                      Image: {
                        xmlns: "http://schemas.microsoft.com/deepzoom/2008",
                        Url: "%s/",
                        Format: "png",
                        Overlap: "0",
                        TileSize: "%d",
                        Size: { Width: "%d", Height: "%d" }
                      }
                    }
                  });
                  var loaded = 0, failed = 0;
                  viewer.addHandler("open", function () { document.body.setAttribute("data-opened", "true"); });
                  viewer.addHandler("open-failed", function (e) { document.body.setAttribute("data-open-failed", String(e.message)); });
                  viewer.addHandler("tile-loaded", function () { document.body.setAttribute("data-tiles-loaded", String(++loaded)); });
                  viewer.addHandler("tile-load-failed", function () { document.body.setAttribute("data-tiles-failed", String(++failed)); });
                </script>
                </body>
                </html>
                """.formatted(safe, g.width(), g.height(), g.maxLevel() + 1, g.tileSize(), tilesFolder(), g.tileSize(),
                g.width(), g.height());
    }

    /** The OpenSeadragon version on the class path, from its package's own metadata. */
    public static String openSeadragonVersion() throws IOException {
        try (InputStream in = ViewerPage.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                throw new IOException("OpenSeadragon is not on the class path (" + WEBJAR_POM + " missing)");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }

    /** Copies the script, its source map's licence and the button images into {@code target}. */
    static void copyOpenSeadragon(Path target) throws IOException {
        String root = WEBJAR + openSeadragonVersion() + "/";
        URL build = ViewerPage.class.getClassLoader().getResource(root + "build/openseadragon/openseadragon.min.js");
        if (build == null) {
            throw new IOException("OpenSeadragon's script is missing from its package (" + root + ")");
        }
        URI uri;
        try {
            uri = build.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate OpenSeadragon: " + build, e);
        }
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                copyFrom(jar.getPath("/" + root), target);
            }
        } else {
            copyFrom(Path.of(uri).getParent().getParent().getParent(), target);
        }
    }

    private static void copyFrom(Path webjarRoot, Path target) throws IOException {
        Path script = webjarRoot.resolve("build/openseadragon");
        Files.createDirectories(target.resolve("images"));
        Files.copy(script.resolve("openseadragon.min.js"), target.resolve("openseadragon.min.js"),
                StandardCopyOption.REPLACE_EXISTING);
        Path licence = webjarRoot.resolve("LICENSE.txt");
        if (Files.exists(licence)) {
            Files.copy(licence, target.resolve("LICENSE.txt"), StandardCopyOption.REPLACE_EXISTING);
        }
        try (Stream<Path> images = Files.list(script.resolve("images"))) {
            for (Path image : (Iterable<Path>) images::iterator) {
                Files.copy(image, target.resolve("images").resolve(image.getFileName().toString()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
