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
    private final PauseTransition resizeSettle = new PauseTransition(RESIZE_SETTLE);
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean boxing;
    private boolean sized;

    public FractalView(ExplorerModel model, FramePainter painter) {
        this.model = model;
        getStyleClass().add("fractal-view");
        setFocusTraversable(true);
        setMinSize(64, 64);
        setPrefSize(900, 640);
        imageView.imageProperty().bind(painter.imageProperty());
        imageView.setManaged(false);
        imageView.setSmooth(false);
        overlay.setManaged(false);
        overlay.visibleProperty().bind(model.ownershipOverlayProperty());
        box.setManaged(false);
        box.setVisible(false);
        box.getStyleClass().add("zoom-box");
        getChildren().addAll(imageView, overlay, box);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        resizeSettle.setOnFinished(e -> pushSize());
        widthProperty().addListener((o, a, b) -> sizeChanged());
        heightProperty().addListener((o, a, b) -> sizeChanged());

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> track(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointer.set(""));
        // The pointer arriving over the picture usually comes just before a wheel turn or a drag.
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> model.prewake());
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    public OwnershipOverlay overlay() {
        return overlay;
    }

    /** The complex point under the mouse, for the status line. */
    public ReadOnlyStringProperty pointerProperty() {
        return pointer.getReadOnlyProperty();
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
        int w = (int) Math.floor(getWidth());
        int h = (int) Math.floor(getHeight());
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
                model.dragBy(dx, dy);
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
                model.zoomToBox(pressX, pressY, e.getX(), e.getY());
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
        model.zoomAt(e.getX(), e.getY(), Math.pow(ExplorerModel.ZOOM_STEP, notches));
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

    private void track(double x, double y) {
        Viewport v = model.viewport();
        double re = v.xMin() + x * v.dx();
        double im = v.yMax() - y * v.dy();
        int digits = Math.max(4, (int) Math.ceil(-Math.log10(v.dx())) + 1);
        pointer.set(String.format(Locale.ROOT, "%." + digits + "f %+." + digits + "fi", re, im));
    }
}
