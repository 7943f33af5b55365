package dev.mandel.gui.model;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.kernel.Precision;
import dev.mandel.kernel.PrecisionKernels;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderJob;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Turns a stream of render requests from the UI into renders on the core {@link Renderer}, so
 * that rapid input (wheel spinning, dragging, resizing) never queues stale work.
 *
 * <p>Policy: at most one job in flight plus the latest pending request. A new request replaces
 * the pending one and cancels the job in flight; when that job ends (cancellation is checked per
 * row, so promptly) the pending request starts. Work that nobody will see is therefore abandoned
 * after at most one row per worker, and the pool never holds two frames competing for cores.
 *
 * <p>One renderer per (kernel, threads) setting, reused from frame to frame and replaced when the
 * setting changes; the old one is closed off the UI thread once nothing runs on it.
 *
 * <p>Threading: every method, and every listener call, runs on the UI thread; job completions
 * are handed back to it through {@code ui}.
 */
public final class RenderCoordinator implements AutoCloseable {

    /** What the UI hears about jobs; all calls arrive on the UI thread. */
    public interface Listener {
        void started(RenderJob job);

        void finished(RenderJob job, Frame frame);

        /** The job was cancelled or superseded; its frame, if any, is stale and not delivered. */
        void abandoned(RenderJob job);

        void failed(RenderRequest request, RuntimeException error);
    }

    private record Key(KernelProvider.Choice kernel, Precision precision, int threads) {
    }

    /** {@code frameKernel} null: the renderer's own kernel; otherwise a deep frame's kernel. */
    private record Pending(RenderRequest request, Key key, EscapeKernel frameKernel) {
    }

    private final Executor ui;
    private final Listener listener;
    private Renderer renderer;
    private Key rendererKey;
    private RenderJob inFlight;
    private Pending pending;
    private boolean closed;

    public RenderCoordinator(Executor ui, Listener listener) {
        this.ui = Objects.requireNonNull(ui);
        this.listener = Objects.requireNonNull(listener);
    }

    /** Asks for a render; supersedes any pending request and cancels the job in flight. */
    public void submit(RenderRequest request, KernelProvider.Choice kernel, Precision precision, int threads) {
        submit(request, kernel, precision, threads, null);
    }

    /**
     * As {@link #submit(RenderRequest, KernelProvider.Choice, Precision, int)}, computed by
     * {@code frameKernel} (a deep frame's kernel) on the same pool; null means the renderer's own kernel.
     */
    public void submit(RenderRequest request, KernelProvider.Choice kernel, Precision precision, int threads,
                       EscapeKernel frameKernel) {
        if (closed) {
            return;
        }
        pending = new Pending(request, new Key(kernel, precision, threads), frameKernel);
        if (inFlight != null) {
            inFlight.cancel();
        } else {
            startPending();
        }
    }

    /** Cancels the job in flight and forgets the pending request. */
    public void cancel() {
        pending = null;
        if (inFlight != null) {
            inFlight.cancel();
        }
    }

    public boolean busy() {
        return inFlight != null || pending != null;
    }

    public RenderJob inFlight() {
        return inFlight;
    }

    private void startPending() {
        Pending p = pending;
        pending = null;
        RenderJob job;
        try {
            useRenderer(p.key());
            job = p.frameKernel() == null ? renderer.start(p.request())
                    : renderer.start(p.request(), p.frameKernel());
        } catch (IllegalArgumentException | IllegalStateException e) {
            listener.failed(p.request(), e);
            return;
        }
        inFlight = job;
        listener.started(job);
        job.future().whenComplete((frame, error) -> ui.execute(() -> ended(job, frame, error)));
    }

    private void ended(RenderJob job, Frame frame, Throwable error) {
        if (job != inFlight) {
            return;
        }
        inFlight = null;
        Throwable cause = error instanceof CompletionException ce && ce.getCause() != null ? ce.getCause() : error;
        if (closed) {
            return;
        }
        if (pending != null || cause instanceof CancellationException) {
            listener.abandoned(job);
        } else if (cause != null) {
            listener.failed(job.request(), cause instanceof RuntimeException re ? re
                    : new IllegalStateException("render failed: " + cause, cause));
        } else {
            listener.finished(job, frame);
        }
        if (pending != null) {
            startPending();
        }
    }

    /** Makes {@link #renderer} the one for {@code key}; only called with nothing in flight. */
    private void useRenderer(Key key) {
        if (renderer != null && key.equals(rendererKey)) {
            return;
        }
        // Auto precision switches kernels per frame inside one renderer: zooming across the rule's
        // threshold does not replace the pool.
        Renderer fresh = new Renderer(PrecisionKernels.forChoice(key.kernel(), key.precision()), key.threads());
        closeInBackground(renderer);
        renderer = fresh;
        rendererKey = key;
    }

    private static void closeInBackground(Renderer old) {
        if (old != null) {
            Thread.ofPlatform().daemon().name("renderer-close").start(old::close);
        }
    }

    /** Cancels everything and closes the renderer, waiting for its workers to stop. */
    @Override
    public void close() {
        closed = true;
        cancel();
        if (renderer != null) {
            renderer.close();
            renderer = null;
        }
    }
}
