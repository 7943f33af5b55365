package dev.mandel.video;

import java.util.concurrent.CancellationException;

/**
 * Renders one view of a zoom to coloured pixels: the single seam between zoom planning and the
 * number types that compute a picture (doubles now, perturbation for deeper views).
 */
public interface ViewRenderer {

    /**
     * Opaque ARGB pixels of {@code view}, row-major, row 0 at the top.
     *
     * @throws CancellationException when {@code cancel} fires before the picture is complete
     * @throws IllegalArgumentException when this renderer cannot resolve the view
     */
    int[] render(ZoomView view, CancelSignal cancel);

    /** The escape counts of {@code view} (row-major), for choosing iteration limits by probing. */
    int[] counts(ZoomView view, CancelSignal cancel);

    /** Whether {@link #render} can draw this view faithfully (e.g. within double precision). */
    boolean resolves(ZoomView view);

    /** Short name of the number type used for {@code view}, for summaries ("double", "perturbation"). */
    String numberType(ZoomView view);
}
