package dev.mandel.deep;

import java.util.function.BooleanSupplier;

/**
 * The reference orbit kept between frames of one explorer (a viewer window, a zoom video): the
 * next frame reuses it while its point stays inside the view and its precision suffices, so
 * panning and zooming at one depth pay only for pixels (docs/deep-zoom.md, section 2).
 *
 * <p>Frames are prepared on background threads; the cache is the only state they share, behind
 * one lock taken once per frame.
 */
public final class OrbitCache {

    private ReferenceOrbit orbit;

    /** Prepares a frame of {@code view}, reusing and then remembering the orbit. */
    public DeepSetup prepare(DeepView view, int maxIter, BooleanSupplier cancelled) {
        ReferenceOrbit previous;
        synchronized (this) {
            previous = orbit;
        }
        DeepSetup setup = DeepSetup.prepare(view, maxIter, previous, cancelled);
        synchronized (this) {
            orbit = setup.orbit();
        }
        return setup;
    }

    /** The orbit of the last frame prepared, or null. */
    public synchronized ReferenceOrbit last() {
        return orbit;
    }

    public synchronized void clear() {
        orbit = null;
    }
}
