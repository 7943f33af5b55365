package dev.mandel.cli;

import dev.mandel.io.TraceLog;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderJob;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Renders a view strip after strip and hands each finished strip to a sink, top to bottom.
 *
 * <p>Pipelined: as soon as strip {@code k} is done, strip {@code k+1} starts on the workers while
 * this thread writes strip {@code k}, so encoding overlaps computing and at most two strips are
 * alive. Strips keep full-view coordinates ({@link RenderSpec#strip}), so the result is
 * bit-identical to rendering the view in one piece.
 *
 * <p>Progress is polled from this thread (every {@value #POLL_MILLIS} ms while waiting, and between
 * chunks of rows while writing); the workers only ever write their own progress slots.
 */
final class StripRenderer {

    /** Receives finished rows in order: local rows {@code [from, to)} of {@code strip}. */
    @FunctionalInterface
    interface Sink {
        void accept(Frame strip, int from, int to) throws IOException;
    }

    /** What a whole render produced: per-row totals of the full view and every strip's trace. */
    record Result(long[] rowTotals, TraceLog trace, long renderNanos, long elapsedNanos, String kernel, int strips) {
        long iterations() {
            long sum = 0;
            for (long t : rowTotals) {
                sum += t;
            }
            return sum;
        }

        double iterationsPerSecond() {
            return renderNanos == 0 ? 0 : iterations() * 1e9 / renderNanos;
        }
    }

    private static final long POLL_MILLIS = 100;
    /** Pixels handed to the sink between two progress updates. */
    private static final long PIXELS_PER_CHUNK = 1 << 20;

    private final Renderer renderer;
    private final ProgressBar progress;

    StripRenderer(Renderer renderer, ProgressBar progress) {
        this.renderer = renderer;
        this.progress = progress;
    }

    Result run(RenderSpec whole, int stripRows, Sink sink) throws IOException {
        int height = whole.height();
        int width = whole.width();
        int strips = (height + stripRows - 1) / stripRows;
        long[] rowTotals = new long[height];
        TraceLog trace = new TraceLog(whole.schedule().workers(renderer.threads()));
        int chunkRows = (int) Math.max(1, PIXELS_PER_CHUNK / width);
        long origin = System.nanoTime();
        long renderNanos = 0;
        String kernel = renderer.kernel().name();
        long offset = 0;
        RenderJob job = renderer.start(strip(whole, 0, stripRows));
        for (int k = 0; k < strips; k++) {
            long rowsBefore = (long) k * stripRows;
            Frame frame = await(job, rowsBefore);
            System.arraycopy(frame.rowTotals(), 0, rowTotals, frame.request().firstRow(), frame.rows());
            trace.add(offset, frame.trace());
            renderNanos += frame.wallNanos();
            kernel = frame.kernel();
            RenderJob next = null;
            if (k + 1 < strips) {
                offset = System.nanoTime() - origin;
                next = renderer.start(strip(whole, (k + 1) * stripRows, stripRows));
            }
            try {
                long rowsAfter = rowsBefore + frame.rows();
                for (int from = 0; from < frame.rows(); from += chunkRows) {
                    int to = Math.min(frame.rows(), from + chunkRows);
                    sink.accept(frame, from, to);
                    progress.update(rowsAfter + (next == null ? 0 : next.progress().totalRowsDone()), rowsBefore + to);
                }
            } catch (IOException | RuntimeException | Error e) {
                if (next != null) {
                    next.cancel();
                }
                throw e;
            }
            job = next;
        }
        progress.done();
        return new Result(rowTotals, trace, renderNanos, System.nanoTime() - origin, kernel, strips);
    }

    private static RenderRequest strip(RenderSpec whole, int first, int stripRows) {
        return whole.strip(first, Math.min(stripRows, whole.height() - first));
    }

    /** Waits for a strip, redrawing the progress bar while it renders. */
    private Frame await(RenderJob job, long rowsBefore) {
        while (true) {
            try {
                return job.future().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                progress.update(rowsBefore + job.progress().totalRowsDone(), rowsBefore);
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
