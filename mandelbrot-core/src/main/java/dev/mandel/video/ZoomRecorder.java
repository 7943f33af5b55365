package dev.mandel.video;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * Makes the frames of a zoom, in order, into a {@link FrameSink}.
 *
 * <p>Pictures (every frame, or the keyframes from the widest in) are rendered on a producer
 * thread at most {@value #LOOKAHEAD} ahead, while this thread resamples finished keyframes into
 * frames and hands them to the sink (an encoder working in its own process): rendering, resampling
 * and encoding overlap. Each rendered picture is kept in the {@link KeyframeCache} when there is
 * one, and taken from it when it is already there, which is how a stopped zoom resumes.
 *
 * <p>A cancelled zoom stops its current render after a row, aborts the sink (no half-written
 * video) and throws {@link CancellationException}; the pictures finished so far stay in the cache.
 * A zoom that fails fires its {@link CancelSignal} too, to stop the producer.
 */
public final class ZoomRecorder {

    /** Finished pictures waiting for the frames that need them: two keyframes are one octave. */
    private static final int LOOKAHEAD = 2;

    /** What a zoom cost. Times are wall-clock on the thread that spent them. */
    public record Result(int frames, int pictures, int rendered, int fromCache, long renderNanos, long composeNanos,
                         long sinkNanos, long wallNanos) {
    }

    private record Picture(int[] argb, boolean fromCache, RuntimeException failure) {
    }

    private final ZoomPlan plan;
    private final ZoomMethod method;
    private final ViewRenderer renderer;
    private final KeyframeCache cache;
    private final ZoomProgress progress;
    private final KeyframeLadder ladder;
    /** Written by the producer only, read after it has ended. */
    private volatile long renderNanosTotal;

    /** {@code cache} may be {@code null}: nothing is kept. */
    public ZoomRecorder(ZoomPlan plan, ZoomMethod method, ViewRenderer renderer, KeyframeCache cache,
                        ZoomProgress progress) {
        this.plan = plan;
        this.method = method;
        this.renderer = renderer;
        this.cache = cache;
        this.progress = progress == null ? ZoomProgress.NONE : progress;
        this.ladder = KeyframeLadder.of(plan);
    }

    /** How many pictures are rendered (or taken from the cache) for this zoom. */
    public int pictureCount() {
        return method == ZoomMethod.DIRECT ? plan.frames() : ladder.count();
    }

    /** The view of picture {@code p} in rendering order, and its index in the cache. */
    public ZoomView picture(int p) {
        return method == ZoomMethod.DIRECT ? plan.frame(p) : ladder.keyframe(cacheIndex(p));
    }

    private int cacheIndex(int p) {
        // Keyframes are cached by their octave above the target, so a zoom of another length or
        // start span reuses them; they are rendered from the widest in.
        return method == ZoomMethod.DIRECT ? p : ladder.count() - 1 - p;
    }

    public Result record(FrameSink sink, CancelSignal cancel) throws IOException {
        long start = System.nanoTime();
        BlockingQueue<Picture> ready = new ArrayBlockingQueue<>(LOOKAHEAD);
        Thread producer = Thread.ofPlatform().daemon().name("zoom-pictures").unstarted(() -> produce(ready, cancel));
        boolean finished = false;
        long[] composeAndSink = new long[2];
        int[] counts = new int[2];
        try (CancelSignal.Registration stop = cancel.onCancel(producer::interrupt)) {
            producer.start();
            if (method == ZoomMethod.DIRECT) {
                for (int k = 0; k < plan.frames(); k++) {
                    Picture p = next(ready, cancel, counts);
                    emit(sink, p.argb(), k, composeAndSink, cancel);
                }
            } else {
                composeFromKeyframes(sink, ready, cancel, counts, composeAndSink);
            }
            long t = System.nanoTime();
            cancel.check();
            sink.finish();
            composeAndSink[1] += System.nanoTime() - t;
            finished = true;
        } finally {
            if (!finished) {
                cancel.cancel();
                sink.abort();
            }
            producer.interrupt();
            joinQuietly(producer);
        }
        return new Result(plan.frames(), pictureCount(), counts[0], counts[1], renderNanosTotal,
                composeAndSink[0], composeAndSink[1], System.nanoTime() - start);
    }

    private void composeFromKeyframes(FrameSink sink, BlockingQueue<Picture> ready, CancelSignal cancel, int[] counts,
                                      long[] composeAndSink) throws IOException {
        FrameResampler resampler = new FrameResampler(plan.width(), plan.height(), plan.width(), plan.height());
        int[] frame = new int[Math.toIntExact(plan.target().pixels())];
        int outerIndex = ladder.count() - 1;
        int[] outer = next(ready, cancel, counts).argb();
        int[] inner = next(ready, cancel, counts).argb();
        int innerIndex = outerIndex - 1;
        for (int k = 0; k < plan.frames(); k++) {
            int needed = ladder.innerFor(k);
            while (innerIndex > needed) {
                outer = inner;
                inner = next(ready, cancel, counts).argb();
                innerIndex--;
            }
            long t = System.nanoTime();
            double scale = Math.max(1, Math.min(2, ladder.scaleOverInner(k)));
            resampler.draw(inner, outer, scale, frame);
            composeAndSink[0] += System.nanoTime() - t;
            emit(sink, frame, k, composeAndSink, cancel);
        }
    }

    private void emit(FrameSink sink, int[] argb, int k, long[] composeAndSink, CancelSignal cancel) throws IOException {
        cancel.check();
        long t = System.nanoTime();
        sink.accept(argb);
        composeAndSink[1] += System.nanoTime() - t;
        progress.update(k + 1, plan.frames());
    }

    /** The next finished picture; rethrows the producer's failure; counts rendered and cached ones. */
    private Picture next(BlockingQueue<Picture> ready, CancelSignal cancel, int[] counts) {
        Picture p;
        try {
            do {
                cancel.check();
                p = ready.poll(100, TimeUnit.MILLISECONDS);
            } while (p == null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("zoom interrupted");
        }
        if (p.failure() != null) {
            throw p.failure();
        }
        counts[p.fromCache() ? 1 : 0]++;
        return p;
    }

    private void produce(BlockingQueue<Picture> ready, CancelSignal cancel) {
        try {
            for (int p = 0; p < pictureCount(); p++) {
                cancel.check();
                int index = cacheIndex(p);
                int[] argb = cache == null ? null : cache.load(index);
                boolean cached = argb != null;
                long t = System.nanoTime();
                if (!cached) {
                    argb = renderer.render(picture(p), cancel);
                    renderNanosTotal += System.nanoTime() - t;
                    if (cache != null) {
                        cache.store(index, argb);
                    }
                }
                ready.put(new Picture(argb, cached, null));
            }
        } catch (InterruptedException | CancellationException e) {
            // the consumer has stopped (or is stopping) and no longer reads
        } catch (RuntimeException e) {
            try {
                // The consumer takes every picture in order, so there will be room.
                ready.put(new Picture(null, false, e));
            } catch (InterruptedException stopped) {
                // the consumer has stopped
            }
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
