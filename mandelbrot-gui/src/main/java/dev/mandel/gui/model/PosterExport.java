package dev.mandel.gui.model;

import dev.mandel.color.ColourTable;
import dev.mandel.color.Colorizer;
import dev.mandel.color.Gradient;
import dev.mandel.color.Supersampler;
import dev.mandel.io.AtomicFile;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.poster.PngSink;
import dev.mandel.poster.PosterProgress;
import dev.mandel.poster.PosterResult;
import dev.mandel.poster.PosterSink;
import dev.mandel.poster.PosterSpec;
import dev.mandel.poster.StripPipeline;
import dev.mandel.poster.StripPlan;
import dev.mandel.poster.SupersampledPngSink;
import dev.mandel.render.Renderer;
import dev.mandel.view.ViewMath;
import dev.mandel.view.Viewport;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Exports the view on screen as a poster: the same centre and horizontal span at any size, rendered
 * strip by strip through the core's {@link StripPipeline} (a few strips in memory whatever the size)
 * and streamed into a PNG that appears whole or not at all; optionally anti-aliased. Runs on its own
 * thread with its own renderer, reports progress to the UI thread, and can be cancelled.
 */
public final class PosterExport {

    /** How far it is: {@code fraction} of the rows written, and a line to show. */
    public record Progress(double fraction, String text) {
    }

    /** What the export needs, checked before anything runs. */
    public record Job(Viewport onScreen, RenderSettings settings, Gradient colours, int width, int height, int antiAlias,
                      Path file) {
        /** A poster in the settings' own palette. */
        public Job(Viewport onScreen, RenderSettings settings, int width, int height, int antiAlias, Path file) {
            this(onScreen, settings, settings.palette(), width, height, antiAlias, file);
        }

        public Job {
            Supersampler.checkFactor(antiAlias);
            if (width < 1 || height < 1 || width > Viewport.MAX_EDGE || height > Viewport.MAX_EDGE) {
                throw new IllegalArgumentException("poster size must be from 1 to " + Viewport.MAX_EDGE
                        + " pixels on each edge, got " + width + "x" + height);
            }
        }

        /** The poster's view: the screen's centre and horizontal span on the poster's grid. */
        public Viewport view() {
            return ViewMath.resize(onScreen, width, height);
        }
    }

    private final Thread thread;
    private volatile boolean cancelled;

    private PosterExport(Job job, Executor ui, Consumer<Progress> progress, Consumer<String> done) {
        Viewport view = job.view();
        Viewport rendered = job.antiAlias() == 1 ? view : Supersampler.fineView(view, job.antiAlias());
        RenderSettings s = job.settings();
        PosterSpec spec = new PosterSpec(rendered, s.maxIter(), s.schedule(), s.partitionFactor(), s.smooth());
        StripPlan plan = StripPlan.of(spec, null);
        thread = Thread.ofPlatform().daemon().name("poster-export").unstarted(() -> {
            long start = System.nanoTime();
            String outcome;
            try (Renderer renderer = new Renderer(KernelProvider.forChoice(s.kernel()), s.threads())) {
                PosterResult[] result = new PosterResult[1];
                PosterProgress listener = new PosterProgress() {
                    private long last;

                    @Override
                    public void update(long rowsRendered, long rowsWritten) {
                        if (cancelled) {
                            throw new CancellationException("cancelled");
                        }
                        long now = System.nanoTime();
                        if (now - last > 100_000_000L) {
                            last = now;
                            double f = (double) rowsWritten / rendered.height();
                            ui.execute(() -> progress.accept(new Progress(f, String.format(Locale.ROOT,
                                    "poster %d×%d: %.0f%% written, %.0f%% rendered", view.width(), view.height(), 100 * f,
                                    100.0 * rowsRendered / rendered.height()))));
                        }
                    }
                };
                AtomicFile.write(job.file(), stream -> {
                    Colorizer colours = new Colorizer(job.colours(), s.maxIter());
                    PosterSink sink = job.antiAlias() == 1
                            ? new PngSink(stream, view.width(), view.height(), new ColourTable(colours, s.maxIter()))
                            : new SupersampledPngSink(stream, view.width(), view.height(), job.antiAlias(), colours);
                    result[0] = new StripPipeline(renderer, listener).run(spec, plan, sink);
                    sink.finish();
                });
                outcome = String.format(Locale.ROOT, "wrote %s: %d×%d%s, %d strips, %.1f s", job.file(), view.width(),
                        view.height(), job.antiAlias() == 1 ? "" : ", " + job.antiAlias() + "×" + job.antiAlias()
                                + " anti-aliased", result[0].strips(), (System.nanoTime() - start) / 1e9);
            } catch (CancellationException e) {
                outcome = "poster cancelled; nothing was written to " + job.file();
            } catch (Exception | OutOfMemoryError e) {
                outcome = "could not export the poster to " + job.file() + ": " + (e.getMessage() == null ? e : e.getMessage());
            }
            String line = outcome;
            ui.execute(() -> {
                progress.accept(new Progress(cancelled ? 0 : 1, line));
                done.accept(line);
            });
        });
    }

    /** Starts exporting; {@code progress} and {@code done} are called through {@code ui}. */
    public static PosterExport start(Job job, Executor ui, Consumer<Progress> progress, Consumer<String> done) {
        PosterExport e = new PosterExport(job, ui, progress, done);
        e.thread.start();
        return e;
    }

    /** Stops after the strip being written; the file is not created. */
    public void cancel() {
        cancelled = true;
    }

    /** Waits for the export to end (tests). */
    public void join() throws InterruptedException {
        thread.join();
    }
}
