package dev.mandel.cli;

import dev.mandel.color.ColourTable;
import dev.mandel.color.Palette;
import dev.mandel.deep.DeepKernel;
import dev.mandel.deep.DeepSetup;
import dev.mandel.io.OutputTransaction;
import dev.mandel.io.OutputTransaction.Output;
import dev.mandel.json.TraceWriter;
import dev.mandel.poster.NpySink;
import dev.mandel.poster.PngSink;
import dev.mandel.poster.PosterResult;
import dev.mandel.poster.PosterSpec;
import dev.mandel.poster.StripPipeline;
import dev.mandel.poster.StripPlan;
import dev.mandel.render.Renderer;
import dev.mandel.session.Settings;
import dev.mandel.settings.ColourSettings;
import dev.mandel.settings.DeepViewSettings;
import dev.mandel.settings.EngineSettings;
import dev.mandel.view.Viewport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code render} for a view deeper than double resolves (docs/deep-zoom.md): reference orbit,
 * BLA table, then the rows on the renderer like any frame, through the same strip pipeline as
 * double posters (one strip when the frame fits, bounded memory when it does not), written whole
 * or not at all.
 *
 * <p>The timed figure is the whole render (orbit, table and pixels) from a cold start of the deep
 * code: there is no warm-up copy of a deep view that would not cost as much as the view itself.
 */
final class DeepRenderRun {

    private DeepRenderRun() {
    }

    /** {@code stripRows}: rows per strip as {@code --strip-rows} asks, or null to fit the heap. */
    static int run(DeepViewSettings choice, EngineSettings engine, Integer stripRows, ColourSettings colour,
                   OutputTransaction tx, Output image, boolean npy, Output rowsCsv, Output traceFile, boolean traceJson,
                   PrintWriter out, PrintWriter err) throws IOException {
        Palette palette = colour.palette();
        boolean smooth = colour.smooth();
        int width = choice.view().width();
        int height = choice.view().height();
        // Sized before the orbit is computed: a view too large for the heap is refused at once. The
        // limit (auto until the orbit is known) does not change the bytes per row.
        StripPlan plan = StripPlan.of(spec(DeepSetup.gridViewport(choice.view()), 1, engine, smooth), stripRows);
        out.println(plan.describe());
        out.flush();
        long t0 = System.nanoTime();
        DeepSetup setup = DeepSetup.prepare(choice.view(), choice.maxIter(), null, () -> false, engine.kernel());
        long prepared = System.nanoTime();
        PosterSpec whole = spec(setup.gridViewport(), setup.maxIter(), engine, smooth);
        // A poster's rows are coloured before its last rows exist: its colour floor is sampled first.
        int posterFloor = npy || plan.strips() == 1 ? 0
                : DeepPosterSink.sampledFloor(setup.kernel(), width, height, setup.maxIter());
        long sampled = System.nanoTime();
        PosterResult[] result = new PosterResult[1];
        DeepPosterSink[] rows = new DeepPosterSink[1];
        try (Renderer renderer = new Renderer(setup.kernel(), engine.threads())) {
            tx.write(image, stream -> {
                rows[0] = new DeepPosterSink(floor -> npy
                        ? new NpySink(stream, width, height, smooth, setup.maxIter())
                        : new PngSink(stream, width, height, new ColourTable(palette, setup.maxIter(), floor, 0)),
                        !npy, posterFloor, height);
                result[0] = new StripPipeline(renderer, ProgressBar.forRender(err, height)).run(whole, plan, rows[0]);
                rows[0].finish();
            });
        }
        PosterResult done = result[0];
        if (rowsCsv != null) {
            tx.write(rowsCsv, stream -> writeRows(stream, setup.kernel(), rows[0], height));
        }
        if (traceFile != null) {
            Settings settings = new Settings("deep", engine.schedule(), engine.threads(), engine.partitionFactor(),
                    setup.maxIter(), 0, height);
            tx.write(traceFile, stream -> TraceWriter.write(stream, traceJson, setup.gridViewport(), settings,
                    done.renderNanos(), done.iterations(), done.trace()));
        }
        tx.commit();
        for (String line : summary(choice, engine, setup, width, height, rows[0].iterations(), done,
                sampled - t0, done.renderNanos())) {
            out.println(line);
        }
        RenderCommand.printWritten(out, tx);
        return 0;
    }

    private static PosterSpec spec(Viewport grid, int maxIter, EngineSettings engine,
                                   boolean smooth) {
        return new PosterSpec(grid, maxIter, engine.schedule(), engine.partitionFactor(), smooth);
    }

    /** The lines the command prints: what ran, the reference orbit, the steps, the time. */
    static String[] summary(DeepViewSettings choice, EngineSettings engine, DeepSetup setup, int width,
                            int height, long iterations, PosterResult result, long setupNanos, long pixelNanos) {
        DeepKernel k = setup.kernel();
        long pixels = (long) width * height;
        double pert = k.totalPerturbationSteps() / (double) pixels;
        double bla = k.totalBlaSteps() / (double) pixels;
        double perPixel = iterations / (double) pixels;
        int tasks = result.trace().tasks();
        String strips = result.strips() == 1 ? ""
                : String.format(Locale.ROOT, ", %d strips", result.strips());
        String what = String.format(Locale.ROOT,
                "%dx%d %s, max-iter %d%s: deep path (perturbation with rebasing + BLA), %s; %s, %d thread%s, %d tasks%s",
                width, height, choice.label(), setup.maxIter(), setup.autoLimit() ? " (auto)" : "",
                setup.numberType(), Summary.schedule(new PosterSpec(setup.gridViewport(), setup.maxIter(),
                        engine.schedule(), engine.partitionFactor(), false)), engine.threads(),
                engine.threads() == 1 ? "" : "s", tasks, strips);
        String orbit = String.format(Locale.ROOT,
                "reference orbit: %d iterations at %d bits (BigInteger fixed point), %.2f s, %s; BLA table %d levels, %.2f s",
                setup.orbit().iterations(), setup.orbit().bits(), setup.orbit().nanos() / 1e9,
                setup.orbit().escaped() ? "escapes (pixels rebase at its end)" : "stays bounded",
                setup.table().levels(), setup.table().nanos() / 1e9);
        String steps = String.format(Locale.ROOT,
                "steps per pixel: %.1f perturbation + %.1f BLA = %.1f, standing for %.1f iterations per pixel (%.0fx fewer);"
                        + " %s iterations in all",
                pert, bla, pert + bla, perPixel, perPixel / Math.max(1e-9, pert + bla), Summary.count(iterations));
        String time = result.strips() == 1
                ? String.format(Locale.ROOT,
                        "%.3f s in all: %.3f s orbit and table, %.3f s pixels; load balance %.2f (busiest / mean worker time)",
                        (setupNanos + pixelNanos) / 1e9, setupNanos / 1e9, pixelNanos / 1e9, result.trace().loadBalance())
                : String.format(Locale.ROOT,
                        "%.3f s in all: %.3f s orbit, table and colour sample, %.3f s pixels (%.1f s with writing);"
                                + " load balance %.2f (busiest / mean worker time)",
                        (setupNanos + pixelNanos) / 1e9, setupNanos / 1e9, pixelNanos / 1e9,
                        result.elapsedNanos() / 1e9, result.trace().loadBalance());
        return new String[] {what, orbit, steps, time};
    }

    /** {@code row,iterations,perturbation_steps,bla_steps}: what each row stands for and what it cost. */
    private static void writeRows(OutputStream stream, DeepKernel kernel, DeepPosterSink rows, int height)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.US_ASCII));
        w.write("row,iterations,perturbation_steps,bla_steps\n");
        for (int r = 0; r < height; r++) {
            w.write(r + "," + rows.rowIterations(r) + "," + kernel.perturbationSteps(r) + "," + kernel.blaSteps(r) + "\n");
        }
        w.flush();
    }
}
