package dev.mandel.gui.model;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.kernel.EscapeKernel;
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

        /**
         * The anti-aliased version of the last finished frame is ready: {@code argb} holds the
         * picture of {@code request}'s view, averaged from a finer render. Default: ignored.
         */
        default void refined(RenderRequest request, int[] argb, int factor) {
        }
    }

    /**
     * Colours a finer frame and averages it down to the view's pixels; runs on a render worker,
     * never on the UI thread.
     */
    @FunctionalInterface
    public interface Refiner {
        int[] refine(Frame fine, int factor);
    }

    /** A renderer per kernel choice, precision, interleave (provisional until calibrated) and thread count. */
    private record Key(KernelChoice kernel, Precision precision, int interleave, int threads) {
    }

    /** {@code frameKernel} null: the renderer's own kernel; otherwise a deep frame's kernel. */
    private record Pending(RenderRequest request, Key key, EscapeKernel frameKernel) {
    }

    /** How long workers keep spinning after a frame: covers the next wheel notch or drag step. */
    public static final long SPIN_AFTER_FRAME_NANOS = 300_000_000L;
    /** How long a user's press, wheel or key keeps them spinning before any frame is asked for. */
    public static final long SPIN_ON_INPUT_NANOS = 300_000_000L;

    private final Executor ui;
    private final Listener listener;
    private boolean keepAwake = true;
    /** Samples per pixel edge of the refinement after each frame; 1 = none. */
    private int antiAlias = 1;
    private Refiner refiner;
    /** The last job started with a frame kernel of its own (a deep frame), or null. */
    private RenderJob deepJob;
    /** The refinement job in flight (it is also {@link #inFlight}), or null. */
    private RenderJob refining;
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
    public void submit(RenderRequest request, KernelChoice kernel, Precision precision, int threads) {
        submit(request, kernel, precision, threads, null);
    }

    /**
     * As {@link #submit(RenderRequest, KernelChoice, Precision, int)}, computed by
     * {@code frameKernel} (a deep frame's kernel) on the same pool; null means the renderer's own kernel.
     */
    public void submit(RenderRequest request, KernelChoice kernel, Precision precision, int threads,
                       EscapeKernel frameKernel) {
        if (closed) {
            return;
        }
        pending = new Pending(request, new Key(kernel, precision, ViewerKernels.interleave(kernel), threads), frameKernel);
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

    /**
     * Whether workers are kept spinning after a frame and woken on input (on by default): small
     * frames then do not wait milliseconds for parked workers to wake.
     */
    public void setKeepAwake(boolean on) {
        keepAwake = on;
    }

    /**
     * The user is about to ask for something (pressed a button, turned the wheel): wake the
     * workers now, so they are running when the request comes. Nothing happens while a frame
     * renders (its workers are awake) or before the first frame.
     */
    public void prewake(dev.mandel.schedule.Schedule next) {
        if (keepAwake && inFlight == null && renderer != null) {
            renderer.keepAwake(SPIN_ON_INPUT_NANOS, next);
        }
    }

    /**
     * Anti-aliasing: after each finished frame, the same view is rendered {@code factor} times finer
     * in each direction and handed, averaged by {@code refiner}, to {@link Listener#refined}: a sharp
     * frame first, the smooth one after. Any new request cancels the refinement.
     */
    public void setAntiAlias(int factor, Refiner refiner) {
        dev.mandel.color.Supersampler.checkFactor(factor);
        this.antiAlias = factor;
        this.refiner = refiner;
    }

    /** Whether a frame is rendering or waiting (a refinement in flight does not count). */
    public boolean busy() {
        return (inFlight != null && inFlight != refining) || pending != null;
    }

    /** Whether an anti-aliasing refinement is rendering. */
    public boolean refining() {
        return refining != null;
    }

    private void startPending() {
        Pending p = pending;
        pending = null;
        RenderJob job;
        try {
            useRenderer(p.key());
            job = p.frameKernel() == null ? renderer.start(p.request())
                    : renderer.start(p.request(), p.frameKernel());
            deepJob = p.frameKernel() == null ? null : job;
        } catch (IllegalArgumentException | IllegalStateException e) {
            listener.failed(p.request(), e);
            return;
        }
        inFlight = job;
        listener.started(job);
        Renderer running = renderer;
        boolean spin = keepAwake;
        job.future().whenComplete((frame, error) -> {
            try {
                if (spin) {
                    // Here, on the worker that finished the frame, before the others park: waiting
                    // for the UI thread would let them fall asleep first.
                    running.keepAwake(SPIN_AFTER_FRAME_NANOS, job.request().schedule());
                }
            } finally {
                // Whatever happens above, the UI must hear that the job ended, or no frame would follow.
                ui.execute(() -> ended(job, frame, error));
            }
        });
    }

    private void ended(RenderJob job, Frame frame, Throwable error) {
        if (job != inFlight) {
            return;
        }
        inFlight = null;
        if (job == refining) {
            refining = null;
            if (pending != null) {
                startPending();
            }
            return;
        }
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
            // Deep frames (a kernel of their own) are not refined: the finer grid would need its own orbit.
            if (pending == null && antiAlias > 1 && refiner != null && !closed && job != deepJob) {
                startRefinement(job.request());
            }
        }
        if (pending != null) {
            startPending();
        }
    }

    /** Renders {@code sharp}'s view finer; its averaged picture goes to {@link Listener#refined}. */
    private void startRefinement(RenderRequest sharp) {
        int factor = antiAlias;
        Refiner using = refiner;
        RenderJob job;
        try {
            var fine = dev.mandel.color.Supersampler.fineView(sharp.view(), factor);
            job = renderer.start(new RenderRequest(fine, sharp.maxIter(), sharp.schedule(), sharp.partitionFactor(),
                    sharp.smooth(), 0, fine.height()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            listener.failed(sharp, new IllegalArgumentException("no anti-aliasing for this view: " + e.getMessage(), e));
            return;
        }
        refining = job;
        inFlight = job;
        job.future().whenComplete((frame, error) -> {
            int[] argb = error == null && !job.isCancelled() ? using.refine(frame, factor) : null;
            ui.execute(() -> {
                boolean current = job == refining && pending == null && !closed;
                ended(job, frame, error);
                if (current && argb != null) {
                    listener.refined(sharp, argb, factor);
                }
            });
        });
    }

    /** Makes {@link #renderer} the one for {@code key}; only called with nothing in flight. */
    private void useRenderer(Key key) {
        if (renderer != null && key.equals(rendererKey)) {
            return;
        }
        // Auto precision switches kernels per frame inside one renderer: zooming across the rule's
        // threshold does not replace the pool.
        Renderer fresh = new Renderer(PrecisionKernels.forChoice(key.kernel(), key.precision(), key.interleave()),
                key.threads());
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
