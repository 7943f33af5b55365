package dev.mandel.gui.view;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A resizable region holding one {@link Canvas} that fills it; subclasses draw their model in
 * {@link #draw}, which runs again whenever the size changes or {@link #redraw()} is called.
 */
public abstract class CanvasPanel extends Region {

    protected final Canvas canvas = new Canvas();

    protected CanvasPanel() {
        getChildren().add(canvas);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
        setMinSize(0, 0);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
        canvas.relocate(0, 0);
    }

    public final void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w > 0 && h > 0) {
            draw(g, w, h);
        }
    }

    protected abstract void draw(GraphicsContext g, double width, double height);
}
