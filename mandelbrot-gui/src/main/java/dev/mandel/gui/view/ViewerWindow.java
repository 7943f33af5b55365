package dev.mandel.gui.view;

import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.gui.model.ZoomRecording;
import dev.mandel.render.Frame;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The viewer's layout: tool bar on top; the picture with its row histogram beside it; the worker
 * timeline and the status line below; a tabbed side panel on the right whose first tab holds the
 * controls. Later modes (a classroom tab) plug in with {@link #addSideTab}.
 */
public final class ViewerWindow extends BorderPane {

    static final double HISTOGRAM_WIDTH = 150;
    static final double TIMELINE_HEIGHT = 150;

    private final ExplorerModel model;
    private final FramePainter painter = new FramePainter();
    private final FractalView fractal;
    private final RowHistogramPanel histogram = new RowHistogramPanel();
    private final TimelinePanel timeline = new TimelinePanel();
    private final ControlsPane controls;
    private final RenderPump pump;
    private final TabPane side = new TabPane();
    private final BookmarksPane bookmarks;
    private final PosterPane poster;
    private final PointPreviewPane pointPreview;
    private final PaletteEditorPane paletteEditor;
    private final ZoomRecording recording = new ZoomRecording(javafx.application.Platform::runLater);

    public ViewerWindow(ExplorerModel model) {
        this.model = model;
        getStyleClass().add("viewer");
        fractal = new FractalView(model, painter);
        controls = new ControlsPane(model);
        pump = new RenderPump(model, painter, histogram, fractal.overlay(), timeline);

        histogram.setPrefWidth(HISTOGRAM_WIDTH);
        histogram.setMinWidth(HISTOGRAM_WIDTH);
        HBox picture = new HBox(2, fractal, histogram);
        HBox.setHgrow(fractal, Priority.ALWAYS);
        picture.setFillHeight(true);
        VBox.setVgrow(picture, Priority.ALWAYS);

        timeline.setPrefHeight(TIMELINE_HEIGHT);
        timeline.setMinHeight(TIMELINE_HEIGHT);
        StatusBar status = new StatusBar(model, pump, fractal);
        VBox centre = new VBox(2, picture, timeline);
        centre.getStyleClass().add("centre");

        pointPreview = new PointPreviewPane(model, fractal);
        Label pointTitle = new Label("POINT UNDER THE CURSOR");
        pointTitle.getStyleClass().add("section");
        VBox pointBox = new VBox(8, pointTitle, pointPreview);
        pointBox.getStyleClass().add("controls-pane");
        pointBox.setPadding(new javafx.geometry.Insets(0, 12, 12, 12));
        ScrollPane controlsScroll = new ScrollPane(new VBox(controls, pointBox));
        controlsScroll.setFitToWidth(true);
        controlsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Tab explore = new Tab("Explore", controlsScroll);
        explore.setClosable(false);
        side.getTabs().add(explore);
        bookmarks = new BookmarksPane(model, painter, new dev.mandel.gui.model.Bookmarks(
                dev.mandel.gui.model.Bookmarks.defaultDir()));
        poster = new PosterPane(model);
        Label posterTitle = new Label("EXPORT A POSTER");
        posterTitle.getStyleClass().add("section");
        Label marksTitle = new Label("BOOKMARKS");
        marksTitle.getStyleClass().add("section");
        VBox marks = new VBox(8, marksTitle, bookmarks, new Separator(), posterTitle, poster);
        marks.getStyleClass().add("controls-pane");
        marks.setPadding(new javafx.geometry.Insets(12));
        ScrollPane marksScroll = new ScrollPane(marks);
        marksScroll.setFitToWidth(true);
        marksScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Tab bookmarkTab = new Tab("Places", marksScroll);
        bookmarkTab.setClosable(false);
        side.getTabs().add(bookmarkTab);
        paletteEditor = new PaletteEditorPane(new dev.mandel.gui.model.PaletteEditor(model,
                new dev.mandel.gui.model.PaletteLibrary(dev.mandel.gui.model.PaletteLibrary.defaultDir())));
        Label paletteTitle = new Label("PALETTE EDITOR");
        paletteTitle.getStyleClass().add("section");
        VBox paletteBox = new VBox(8, paletteTitle, paletteEditor);
        paletteBox.getStyleClass().add("controls-pane");
        paletteBox.setPadding(new javafx.geometry.Insets(12));
        ScrollPane paletteScroll = new ScrollPane(paletteBox);
        paletteScroll.setFitToWidth(true);
        paletteScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Tab paletteTab = new Tab("Palette", paletteScroll);
        paletteTab.setClosable(false);
        side.getTabs().add(paletteTab);
        side.setPrefWidth(320);
        side.setMinWidth(300);

        setTop(toolBar());
        setCenter(centre);
        setRight(side);
        setBottom(status);
        pump.start();
    }

    /**
     * Adds a tab to the side panel (beside "Explore"): the hook for further modes such as a
     * classroom pane that drives the same {@link ExplorerModel}.
     */
    public void addSideTab(Tab tab) {
        side.getTabs().add(tab);
    }

    public TabPane sideTabs() {
        return side;
    }

    public ExplorerModel model() {
        return model;
    }

    public FractalView fractalView() {
        return fractal;
    }

    public FramePainter painter() {
        return painter;
    }

    public RowHistogramPanel histogram() {
        return histogram;
    }

    public TimelinePanel timeline() {
        return timeline;
    }

    public PointPreviewPane pointPreview() {
        return pointPreview;
    }

    public PaletteEditorPane paletteEditor() {
        return paletteEditor;
    }

    public PosterPane poster() {
        return poster;
    }

    public BookmarksPane bookmarks() {
        return bookmarks;
    }

    public ControlsPane controls() {
        return controls;
    }

    public RenderPump pump() {
        return pump;
    }

    public ZoomRecording recording() {
        return recording;
    }

    /**
     * The frame on screen as a PNG (no overlay): its escape counts streamed through the core's
     * {@link dev.mandel.poster.PngSink} with the colours on screen (palette or edited stops, a deep
     * frame's floor, colour cycling), written whole or not at all. Anti-aliased and poster-size
     * pictures come from the poster export, which renders through the same sinks.
     */
    public void saveImage(Path file) throws IOException {
        Frame f = model.frame();
        if (f == null || painter.view() == null || !painter.view().equals(f.request().view()) || painter.colours() == null) {
            throw new IOException("no finished frame to save yet");
        }
        dev.mandel.color.ColourTable colours = painter.colours();
        dev.mandel.io.AtomicFile.write(file, stream -> {
            dev.mandel.poster.PngSink sink = new dev.mandel.poster.PngSink(stream, f.width(), f.rows(), colours);
            sink.accept(f, 0, f.rows());
            sink.finish();
        });
    }

    public void saveHistogram(Path file) throws IOException {
        Snapshots.save(histogram, file);
    }

    public void saveTimeline(Path file) throws IOException {
        Snapshots.save(timeline, file);
    }

    /** Puts the {@code ./mandelbrot render ...} line for this view on the clipboard and returns it. */
    public String copyCommand() {
        String line = model.reproduceCommand();
        ClipboardContent content = new ClipboardContent();
        content.putString(line);
        Clipboard.getSystemClipboard().setContent(content);
        return line;
    }

    private ToolBar toolBar() {
        Button back = button("◀ Back", "Previous view (Alt+← or Backspace)", model::back);
        back.disableProperty().bind(model.canBackProperty().not());
        Button forward = button("Forward ▶", "Next view (Alt+→)", model::forward);
        forward.disableProperty().bind(model.canForwardProperty().not());
        Button reset = button("Reset", "The whole set (R or Home)", model::reset);
        Button rerun = button("Render again", "Render and time this view once more", model::refresh);
        Button saveImage = button("Save image…", "The picture as PNG, at its exact pixels",
                () -> saveWith("mandelbrot.png", this::saveImage));
        Button saveHist = button("Save histogram…", "The per-row histogram as PNG",
                () -> saveWith("histogram.png", this::saveHistogram));
        Button saveTimeline = button("Save timeline…", "The worker timeline as PNG",
                () -> saveWith("timeline.png", this::saveTimeline));
        Button copy = button("Copy as command", "Copy the ./mandelbrot render line that reproduces this view", () -> {
            copyCommand();
            model.notice("copied the render command to the clipboard");
        });
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label title = new Label("Mandelbrot on the JVM");
        title.getStyleClass().add("title");
        return new ToolBar(back, forward, reset, rerun, new Separator(Orientation.VERTICAL), saveImage, saveHist,
                saveTimeline, copy, new Separator(Orientation.VERTICAL), new ZoomRecordingBar(model, recording), grow,
                title);
    }

    private interface Saver {
        void save(Path file) throws IOException;
    }

    private void saveWith(String suggested, Saver saver) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        Window owner = getScene() == null ? null : getScene().getWindow();
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        try {
            saver.save(file.toPath());
            model.notice("saved " + file);
        } catch (IOException | RuntimeException e) {
            model.notice("could not save " + file + ": " + e.getMessage());
        }
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /** A node to focus first so the keyboard works without a click. */
    public Node focusTarget() {
        return fractal;
    }
}
