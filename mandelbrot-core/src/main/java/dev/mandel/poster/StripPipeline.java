package dev.mandel.poster;

import dev.mandel.io.TraceLog;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderJob;
import dev.mandel.render.Renderer;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Renders a view strip after strip and hands each finished strip to a sink, top to bottom.
 *
 * <p>Pipelined without a barrier: the strips after the one being written are already on the
 * workers ({@link StripPlan#stripsAlive()} strips alive in all), so when a strip's last chunks are
 * running, workers that ran out of them start the next strip's chunks instead of idling, and the
 * writing of strip {@code k} overlaps the computing of the strips after it. Strips keep full-view
 * coordinates ({@link PosterSpec#strip}), so the result is bit-identical to rendering the view in
 * one piece.
 *
 * <p>Progress is polled from this thread (every {@value #POLL_MILLIS} ms while waiting, and between
 * chunks of rows while writing); the workers only ever write their own progress slots.
 */
public final class StripPipeline {

    private static final long POLL_MILLIS = 100;
    /** Pixels handed to the sink between two progress updates. */
    private static final long PIXELS_PER_CHUNK = 1 << 20;

    /** A strip on the workers, and when it was started. */
    private record Started(RenderJob job, long startNanos) {
    }

    private final Renderer renderer;
    private final PosterProgress progress;

    public StripPipeline(Renderer renderer, PosterProgress progress) {
        this.renderer = renderer;
        this.progress = progress;
    }

    public PosterResult run(PosterSpec whole, StripPlan plan, RowSink sink) throws IOException {
        int height = whole.height();
        int stripRows = plan.rowsPerStrip();
        int strips = plan.strips();
        long[] rowTotals = new long[height];
        TraceLog trace = new TraceLog(whole.schedule().workers(renderer.threads()));
        int chunkRows = (int) Math.max(1, PIXELS_PER_CHUNK / whole.width());
        long origin = System.nanoTime();
        long lastEnd = origin;
        String kernel = renderer.kernel().name();
        ArrayDeque<Started> ahead = new ArrayDeque<>();
        int nextStrip = 0;
        try {
            // One strip of the alive ones is reserved for the strip being written.
            while (nextStrip < strips && ahead.size() < Math.max(1, plan.stripsAlive() - 1)) {
                ahead.add(start(whole, nextStrip++, stripRows));
            }
            for (int k = 0; k < strips; k++) {
                long rowsBefore = (long) k * stripRows;
                Started current = ahead.poll();
                Frame frame = await(current.job(), rowsBefore, ahead);
                System.arraycopy(frame.rowTotals(), 0, rowTotals, frame.request().firstRow(), frame.rows());
                trace.add(current.startNanos() - origin, frame.trace());
                lastEnd = Math.max(lastEnd, current.startNanos() + frame.wallNanos());
                kernel = frame.kernel();
                if (nextStrip < strips) {
                    ahead.add(start(whole, nextStrip++, stripRows));
                }
                long rowsAfter = rowsBefore + frame.rows();
                for (int from = 0; from < frame.rows(); from += chunkRows) {
                    int to = Math.min(frame.rows(), from + chunkRows);
                    sink.accept(frame, from, to);
                    progress.update(rowsAfter + rowsDone(ahead), rowsBefore + to);
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            for (Started s : ahead) {
                s.job().cancel();
            }
            throw e;
        } finally {
            progress.done();
        }
        long end = System.nanoTime();
        return new PosterResult(rowTotals, trace, lastEnd - origin, end - origin, kernel, strips);
    }

    private Started start(PosterSpec whole, int strip, int stripRows) {
        int first = strip * stripRows;
        long now = System.nanoTime();
        return new Started(renderer.start(whole.strip(first, Math.min(stripRows, whole.height() - first))), now);
    }

    private static long rowsDone(Iterable<Started> strips) {
        long rows = 0;
        for (Started s : strips) {
            rows += s.job().progress().totalRowsDone();
        }
        return rows;
    }

    /** Waits for a strip, reporting progress while it and the ones behind it render. */
    private Frame await(RenderJob job, long rowsBefore, Iterable<Started> behind) {
        while (true) {
            try {
                return job.future().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                progress.update(rowsBefore + job.progress().totalRowsDone() + rowsDone(behind), rowsBefore);
            } catch (InterruptedException e) {
                job.cancel();
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException("render failed: " + cause, cause);
            }
        }
    }
}
