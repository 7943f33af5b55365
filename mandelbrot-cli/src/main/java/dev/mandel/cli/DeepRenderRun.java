package dev.mandel.cli;

import dev.mandel.color.ColourTable;
import dev.mandel.color.Palette;
import dev.mandel.deep.DeepKernel;
import dev.mandel.deep.DeepSetup;
import dev.mandel.io.OutputTransaction;
import dev.mandel.io.OutputTransaction.Output;
import dev.mandel.io.TraceLog;
import dev.mandel.json.TraceWriter;
import dev.mandel.poster.NpySink;
import dev.mandel.poster.PngSink;
import dev.mandel.poster.PosterSink;
import dev.mandel.poster.PosterSpec;
import dev.mandel.render.Frame;
import dev.mandel.render.MemoryBudget;
import dev.mandel.render.RenderJob;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.session.Settings;
import dev.mandel.settings.ColourSettings;
import dev.mandel.settings.DeepViewSettings;
import dev.mandel.settings.EngineSettings;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code render} for a view deeper than double resolves (docs/deep-zoom.md): reference orbit,
 * BLA table, then the rows on the renderer like any frame, written whole or not at all.
 *
 * <p>The timed figure is the whole render (orbit, table and pixels) from a cold start of the deep
 * code: there is no warm-up copy of a deep view that would not cost as much as the view itself.
 */
final class DeepRenderRun {

    private DeepRenderRun() {
    }

    static int run(DeepViewSettings choice, EngineSettings engine, ColourSettings colour, OutputTransaction tx,
                   Output image, boolean npy, Output rowsCsv, Output traceFile, boolean traceJson, PrintWriter out,
                   PrintWriter err) throws IOException {
        Palette palette = colour.palette();
        boolean smooth = colour.smooth();
        int width = choice.view().width();
        int height = choice.view().height();
        MemoryBudget.requireFits((long) width * height * (Integer.BYTES + (smooth ? Double.BYTES : 0)),
                "a deep " + width + "x" + height + " frame (deep views render as one frame)");
        long t0 = System.nanoTime();
        DeepSetup setup = DeepSetup.prepare(choice.view(), choice.maxIter(), null, () -> false);
        long prepared = System.nanoTime();
        RenderRequest request = new RenderRequest(setup.gridViewport(), setup.maxIter(), engine.schedule(),
                engine.partitionFactor(), smooth, 0, height);
        Frame frame;
        try (Renderer renderer = new Renderer(setup.kernel(), engine.threads())) {
            frame = await(renderer.start(request), ProgressBar.forRender(err, height));
        }
        long rendered = System.nanoTime();
        // Colours count from the view's lowest count: at depth every pixel has tens of thousands of
        // iterations, and a palette spread over all of them would paint the picture one colour.
        int floor = lowestCount(frame.counts());
        Frame shown = npy ? frame : shifted(frame, floor);
        int shownLimit = setup.maxIter() - (npy ? 0 : floor);
        tx.write(image, stream -> {
            PosterSink sink = npy
                    ? new NpySink(stream, width, height, smooth, setup.maxIter())
                    : new PngSink(stream, width, height, new ColourTable(palette, shownLimit));
            sink.accept(shown, 0, height);
            sink.finish();
        });
        if (rowsCsv != null) {
            tx.write(rowsCsv, stream -> writeRows(stream, setup.kernel(), frame));
        }
        if (traceFile != null) {
            TraceLog log = new TraceLog(frame.trace().workers());
            log.add(0, frame.trace());
            Settings settings = new Settings("deep", engine.schedule(), engine.threads(), engine.partitionFactor(),
                    setup.maxIter(), 0, height);
            tx.write(traceFile, stream -> TraceWriter.write(stream, traceJson, setup.gridViewport(), settings,
                    frame.wallNanos(), frame.totalIterations(), log));
        }
        tx.commit();
        for (String line : summary(choice, engine, setup, frame, prepared - t0, rendered - prepared)) {
            out.println(line);
        }
        RenderCommand.printWritten(out, tx);
        return 0;
    }

    private static int lowestCount(int[] counts) {
        int low = Integer.MAX_VALUE;
        for (int c : counts) {
            low = Math.min(low, c);
        }
        return low == Integer.MAX_VALUE ? 0 : low;
    }

    /** The frame with every count lowered by {@code floor} (for colouring only). */
    private static Frame shifted(Frame frame, int floor) {
        int[] counts = frame.counts().clone();
        for (int p = 0; p < counts.length; p++) {
            counts[p] -= floor;
        }
        return new Frame(frame.request(), frame.kernel(), frame.threads(), counts, frame.escapeMag2(),
                frame.rowTotals(), frame.partition(), frame.trace(), frame.wallNanos());
    }

    private static Frame await(RenderJob job, ProgressBar progress) {
        try {
            while (true) {
                try {
                    Frame f = job.future().get(100, TimeUnit.MILLISECONDS);
                    progress.done();
                    return f;
                } catch (TimeoutException e) {
                    progress.update(job.progress().totalRowsDone(), 0);
                }
            }
        } catch (InterruptedException e) {
            job.cancel();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The lines the command prints: what ran, the reference orbit, the steps, the time. */
    static String[] summary(DeepViewSettings choice, EngineSettings engine, DeepSetup setup, Frame frame,
                            long setupNanos, long pixelNanos) {
        DeepKernel k = setup.kernel();
        long pixels = (long) frame.width() * frame.rows();
        long iterations = 0;
        for (int c : frame.counts()) {
            iterations += c;
        }
        double pert = k.totalPerturbationSteps() / (double) pixels;
        double bla = k.totalBlaSteps() / (double) pixels;
        double perPixel = iterations / (double) pixels;
        int tasks = frame.trace().tasks();
        String what = String.format(Locale.ROOT,
                "%dx%d %s, max-iter %d%s: deep path (perturbation with rebasing + BLA), %s; %s, %d thread%s, %d tasks",
                frame.width(), frame.rows(), choice.label(), setup.maxIter(), setup.autoLimit() ? " (auto)" : "",
                setup.numberType(), Summary.schedule(new PosterSpec(frame.request().view(), setup.maxIter(),
                        engine.schedule(), engine.partitionFactor(), false)), engine.threads(),
                engine.threads() == 1 ? "" : "s", tasks);
        String orbit = String.format(Locale.ROOT,
                "reference orbit: %d iterations at %d bits (BigInteger fixed point), %.2f s, %s; BLA table %d levels, %.2f s",
                setup.orbit().iterations(), setup.orbit().bits(), setup.orbit().nanos() / 1e9,
                setup.orbit().escaped() ? "escapes (pixels rebase at its end)" : "stays bounded",
                setup.table().levels(), setup.table().nanos() / 1e9);
        String steps = String.format(Locale.ROOT,
                "steps per pixel: %.1f perturbation + %.1f BLA = %.1f, standing for %.1f iterations per pixel (%.0fx fewer);"
                        + " %s iterations in all",
                pert, bla, pert + bla, perPixel, perPixel / Math.max(1e-9, pert + bla), Summary.count(iterations));
        String time = String.format(Locale.ROOT,
                "%.3f s in all: %.3f s orbit and table, %.3f s pixels; load balance %.2f (busiest / mean worker time)",
                (setupNanos + pixelNanos) / 1e9, setupNanos / 1e9, pixelNanos / 1e9, frame.loadBalance());
        return new String[] {what, orbit, steps, time};
    }

    /** {@code row,iterations,perturbation_steps,bla_steps}: what each row stands for and what it cost. */
    private static void writeRows(OutputStream stream, DeepKernel kernel, Frame frame) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.US_ASCII));
        w.write("row,iterations,perturbation_steps,bla_steps\n");
        int width = frame.width();
        for (int r = 0; r < frame.rows(); r++) {
            long iterations = 0;
            for (int i = 0; i < width; i++) {
                iterations += frame.counts()[r * width + i];
            }
            w.write(r + "," + iterations + "," + kernel.perturbationSteps(r) + "," + kernel.blaSteps(r) + "\n");
        }
        w.flush();
    }
}
