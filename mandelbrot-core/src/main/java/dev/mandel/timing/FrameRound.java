package dev.mandel.timing;

import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;

/** A round that renders one request on one renderer, timed by the frame's own wall time; keeps the fastest frame. */
public final class FrameRound implements Round {

    private final Renderer renderer;
    private final RenderRequest request;
    private Frame fastest;
    private Frame last;

    public FrameRound(Renderer renderer, RenderRequest request) {
        this.renderer = renderer;
        this.request = request;
    }

    @Override
    public long runNanos() {
        last = renderer.render(request);
        if (fastest == null || last.wallNanos() < fastest.wallNanos()) {
            fastest = last;
        }
        return last.wallNanos();
    }

    /** Forgets the frames seen so far (after a warm-up, so only timed frames count). */
    public FrameRound reset() {
        fastest = null;
        last = null;
        return this;
    }

    public Frame fastest() {
        return fastest;
    }

    public Frame last() {
        return last;
    }

    public Renderer renderer() {
        return renderer;
    }

    public RenderRequest request() {
        return request;
    }
}
