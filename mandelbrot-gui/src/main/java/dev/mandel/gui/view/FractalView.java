package dev.mandel.gui.view;

import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.view.Viewport;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

import java.util.Locale;

/**
 * The picture and the gestures on it: wheel zoom about the cursor, drag to pan, shift-drag or
 * right-drag for a zoom box, keys (arrows pan, +/- zoom, R or Home reset, Backspace / Alt+Left
 * back, Alt+Right forward). Its size is the render size: a resize re-renders at the new size.
 */
public final class FractalView extends Region {

    /** Share of the view an arrow key pans. */
    private static final double KEY_PAN = 0.1;
    /** Wait this long after the last resize event before rendering at the new size. */
    private static final Duration RESIZE_SETTLE = Duration.millis(120);

    private final ExplorerModel model;
    private final ImageView imageView = new ImageView();
    private final OwnershipOverlay overlay = new OwnershipOverlay();
    private final Rectangle box = new Rectangle();
    private final ReadOnlyStringWrapper pointer = new ReadOnlyStringWrapper(this, "pointer", "");
    private final javafx.beans.property.ReadOnlyObjectWrapper<javafx.geometry.Point2D> cursor =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "planePoint");
    private final javafx.beans.property.BooleanProperty orbitOn =
            new javafx.beans.property.SimpleBooleanProperty(this, "orbit");
    private final javafx.scene.canvas.Canvas orbitLayer = new javafx.scene.canvas.Canvas();
    /** Steps of the orbit drawn: enough to see it settle into a cycle or fly off. */
    static final int ORBIT_STEPS = 500;
    private final PauseTransition resizeSettle = new PauseTransition(RESIZE_SETTLE);
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean boxing;
    private boolean sized;
    /** Device pixels per layout pixel (the window's render scale: 1.5 at 150% UI scale). */
    private double pixelScale = 1;

    public FractalView(ExplorerModel model, FramePainter painter) {
        this.model = model;
        getStyleClass().add("fractal-view");
        setFocusTraversable(true);
        setMinSize(64, 64);
        setPrefSize(900, 640);
        imageView.imageProperty().bind(painter.imageProperty());
        painter.imageProperty().addListener((o, a, b) -> fitImage());
        imageView.setManaged(false);
        imageView.setSmooth(false);
        overlay.setManaged(false);
        overlay.visibleProperty().bind(model.ownershipOverlayProperty());
        box.setManaged(false);
        box.setVisible(false);
        box.getStyleClass().add("zoom-box");
        orbitLayer.setManaged(false);
        orbitLayer.setMouseTransparent(true);
        orbitLayer.widthProperty().bind(widthProperty());
        orbitLayer.heightProperty().bind(heightProperty());
        orbitOn.addListener((o, was, on) -> clearOrbit());
        getChildren().addAll(imageView, overlay, orbitLayer, box);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        resizeSettle.setOnFinished(e -> pushSize());
        // Render at device pixels: follow the window's render scale (HiDPI screens, UI scaling).
        sceneProperty().addListener((o, oldScene, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((p, oldWindow, window) -> followScale(window));
                followScale(scene.getWindow());
            }
        });
        widthProperty().addListener((o, a, b) -> sizeChanged());
        heightProperty().addListener((o, a, b) -> sizeChanged());

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> track(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            pointer.set("");
            cursor.set(null);
            clearOrbit();
        });
        // The pointer arriving over the picture usually comes just before a wheel turn or a drag.
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> model.prewake());
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    public OwnershipOverlay overlay() {
        return overlay;
    }

    /** The point of the plane under the mouse (re, im), or null when the mouse is elsewhere. */
    public javafx.beans.property.ReadOnlyObjectProperty<javafx.geometry.Point2D> planePointProperty() {
        return cursor.getReadOnlyProperty();
    }

    /** Whether the orbit of the point under the mouse is drawn over the picture. */
    public javafx.beans.property.BooleanProperty orbitProperty() {
        return orbitOn;
    }

    /** Draws the orbit of {@code c} (z₀ = 0) over the picture: points joined in order, the escape in red. */
    void drawOrbit(double cr, double ci) {
        var g = orbitLayer.getGraphicsContext2D();
        g.clearRect(0, 0, orbitLayer.getWidth(), orbitLayer.getHeight());
        double[] pts = dev.mandel.gui.model.PointPreview.orbit(cr, ci, ORBIT_STEPS);
        Viewport v = model.viewport();
        int n = pts.length / 2;
        double[] sx = new double[n];
        double[] sy = new double[n];
        for (int k = 0; k < n; k++) {
            sx[k] = (pts[2 * k] - v.xMin()) / v.dx() / pixelScale;
            sy[k] = (v.yMax() - pts[2 * k + 1]) / v.dy() / pixelScale;
        }
        g.setStroke(javafx.scene.paint.Color.color(1, 1, 1, 0.55));
        g.setLineWidth(1);
        g.strokePolyline(sx, sy, n);
        g.setFill(javafx.scene.paint.Color.WHITE);
        for (int k = 0; k < n; k++) {
            g.fillOval(sx[k] - 2, sy[k] - 2, 4, 4);
        }
        boolean escaped = n <= ORBIT_STEPS;
        if (escaped) {
            g.setFill(javafx.scene.paint.Color.web("#ff5a4a"));
            g.fillOval(sx[n - 1] - 3.5, sy[n - 1] - 3.5, 7, 7);
        }
        g.setFill(javafx.scene.paint.Color.web("#ffd166"));
        g.fillText(escaped ? "escapes after " + (n - 1) + " steps" : "bounded for " + ORBIT_STEPS + " steps",
                Math.min(sx[0] + 8, orbitLayer.getWidth() - 150), Math.max(14, sy[0] - 8));
    }

    /** Points of the orbit drawn now (tests): how many were computed for the last point. */
    int orbitPoints(double cr, double ci) {
        return dev.mandel.gui.model.PointPreview.orbit(cr, ci, ORBIT_STEPS).length / 2;
    }

    private void clearOrbit() {
        orbitLayer.getGraphicsContext2D().clearRect(0, 0, orbitLayer.getWidth(), orbitLayer.getHeight());
    }

    /** The complex point under the mouse, for the status line. */
    public ReadOnlyStringProperty pointerProperty() {
        return pointer.getReadOnlyProperty();
    }

    private void followScale(javafx.stage.Window window) {
        if (window == null) {
            return;
        }
        window.renderScaleYProperty().addListener((o, a, b) -> setPixelScale(window.getRenderScaleY()));
        setPixelScale(window.getRenderScaleY());
    }

    /** Device pixels per layout pixel the picture is rendered at. */
    public double pixelScale() {
        return pixelScale;
    }

    private void setPixelScale(double scale) {
        double s = scale > 0 && Double.isFinite(scale) ? scale : 1;
        if (s != pixelScale) {
            pixelScale = s;
            overlay.getTransforms().setAll(new javafx.scene.transform.Scale(1 / s, 1 / s, 0, 0));
            fitImage();
            if (sized) {
                pushSize();
            }
        }
    }

    /** Shows the image (device pixels) at layout size. */
    private void fitImage() {
        var img = imageView.getImage();
        if (img != null) {
            imageView.setFitWidth(img.getWidth() / pixelScale);
            imageView.setFitHeight(img.getHeight() / pixelScale);
        }
    }

    private void sizeChanged() {
        if (!sized) {
            // The first layout renders at once; later changes wait until the drag of the window edge settles.
            sized = true;
            pushSize();
        } else {
            resizeSettle.playFromStart();
        }
    }

    private void pushSize() {
        int w = (int) Math.floor(getWidth() * pixelScale);
        int h = (int) Math.floor(getHeight() * pixelScale);
        if (w > 0 && h > 0) {
            model.resize(w, h);
        }
    }

    private void pressed(MouseEvent e) {
        model.prewake();
        requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        boxing = e.getButton() == MouseButton.SECONDARY || (e.getButton() == MouseButton.PRIMARY && e.isShiftDown());
        if (!boxing && e.getButton() == MouseButton.PRIMARY) {
            model.beginDrag();
        }
    }

    private void dragged(MouseEvent e) {
        if (boxing) {
            box.setVisible(true);
            box.setX(Math.min(pressX, e.getX()));
            box.setY(Math.min(pressY, e.getY()));
            box.setWidth(Math.abs(e.getX() - pressX));
            box.setHeight(Math.abs(e.getY() - pressY));
        } else if (e.getButton() == MouseButton.PRIMARY) {
            double dx = e.getX() - lastX;
            double dy = e.getY() - lastY;
            if (dx != 0 || dy != 0) {
                model.dragBy(dx * pixelScale, dy * pixelScale);
            }
            lastX = e.getX();
            lastY = e.getY();
        }
        track(e.getX(), e.getY());
    }

    private void released(MouseEvent e) {
        if (boxing) {
            box.setVisible(false);
            boxing = false;
            if (Math.abs(e.getX() - pressX) >= 4 && Math.abs(e.getY() - pressY) >= 4) {
                double k = pixelScale;
                model.zoomToBox(pressX * k, pressY * k, e.getX() * k, e.getY() * k);
            }
        } else {
            model.endDrag();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        model.prewake();
        // One notch is about 40 px of delta on most platforms; trackpads send finer steps.
        double notches = e.getDeltaY() / 40.0;
        model.zoomAt(e.getX() * pixelScale, e.getY() * pixelScale, Math.pow(ExplorerModel.ZOOM_STEP, notches));
        e.consume();
    }

    private void key(KeyEvent e) {
        model.prewake();
        Viewport v = model.viewport();
        boolean handled = true;
        switch (e.getCode()) {
            case LEFT -> {
                if (e.isAltDown()) {
                    model.back();
                } else {
                    model.pan(v.width() * KEY_PAN, 0);
                }
            }
            case RIGHT -> {
                if (e.isAltDown()) {
                    model.forward();
                } else {
                    model.pan(-v.width() * KEY_PAN, 0);
                }
            }
            case UP -> model.pan(0, v.height() * KEY_PAN);
            case DOWN -> model.pan(0, -v.height() * KEY_PAN);
            case PLUS, ADD, EQUALS -> model.zoomCentre(ExplorerModel.ZOOM_STEP);
            case MINUS, SUBTRACT -> model.zoomCentre(1 / ExplorerModel.ZOOM_STEP);
            case R, HOME -> model.reset();
            case BACK_SPACE -> model.back();
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void track(double layoutX, double layoutY) {
        double x = layoutX * pixelScale;
        double y = layoutY * pixelScale;
        Viewport v = model.viewport();
        double re = v.xMin() + x * v.dx();
        double im = v.yMax() - y * v.dy();
        cursor.set(new javafx.geometry.Point2D(re, im));
        if (orbitOn.get()) {
            drawOrbit(re, im);
        }
        int digits = Math.max(4, (int) Math.ceil(-Math.log10(v.dx())) + 1);
        pointer.set(String.format(Locale.ROOT, "%." + digits + "f %+." + digits + "fi", re, im));
    }
}
