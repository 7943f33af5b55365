package dev.mandel.cli;

import dev.mandel.io.OutputTransaction;
import dev.mandel.io.OutputTransaction.Output;
import dev.mandel.json.SessionFile;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.session.Session;
import dev.mandel.settings.EngineSettings;
import dev.mandel.settings.ViewSettings;
import dev.mandel.simulate.RowCosts;
import dev.mandel.view.Viewport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where {@code simulate} takes its per-row costs from: a render of the view on the kernel and
 * threads asked for, or a saved session.
 *
 * @param costs   per-row costs in the unit asked for
 * @param what    the view and where the costs come from, for the tables and the chart
 * @param request the rendered view; {@code null} for a session (nothing to measure again)
 */
record SimulationCosts(RowCosts costs, String what, RenderRequest request) {

    /** The costs a saved session holds. */
    static SimulationCosts fromSession(Path file, RowCosts.Unit unit) {
        Session s = SessionFile.load(file);
        RowCosts costs = unit == RowCosts.Unit.NANOSECONDS ? s.nanosecondCosts() : s.iterationCosts();
        var settings = s.trace().settings();
        return new SimulationCosts(costs, describe(s.trace().view(), settings.maxIter()) + " from "
                + file.getFileName() + " (kernel " + settings.kernel() + ", " + threads(settings.threads()) + "; "
                + s.machine().summary() + ")", null);
    }

    /**
     * Renders the view with {@code engine}'s kernel and threads: the exact per-row iterations, or
     * per-row nanoseconds measured as the validation measures them (one thread, one task per row,
     * per-row median of {@code reps} renders after a warm-up: a single render would let a row hit by
     * a GC pause or a descheduling become the dearest row and dominate at 88 workers). The frame is
     * saved as a session when {@code sessionFile} is given.
     */
    static SimulationCosts render(ViewSettings view, EngineSettings engine, RowCosts.Unit unit, int reps,
                                  OutputTransaction tx, Output sessionFile) throws IOException {
        RenderRequest request = RenderRequest.of(view.view(), view.maxIter());
        Frame frame;
        String kernel;
        try (Renderer r = new Renderer(engine.kernelFor(view.view(), view.maxIter()), engine.threads())) {
            kernel = r.kernel().describe();
            frame = r.render(request);
        }
        RowCosts costs;
        if (unit == RowCosts.Unit.NANOSECONDS) {
            try (Renderer one = new Renderer(engine.kernelFor(view.view(), view.maxIter()), 1)) {
                costs = RowCosts.measuredNanos(one, request, reps);
            }
        } else {
            costs = RowCosts.iterations(frame);
        }
        if (sessionFile != null) {
            Session captured = Session.capture(frame);
            tx.write(sessionFile, stream -> SessionFile.write(stream, captured));
        }
        return new SimulationCosts(costs, view.label() + ": " + describe(view.view(), view.maxIter())
                + " (kernel " + kernel + "; " + threads(engine.threads()) + ")", request);
    }

    private static String describe(Viewport v, int maxIter) {
        return String.format(Locale.ROOT, "[%s, %s] x [%s, %s], %dx%d, max-iter %d",
                num(v.xMin()), num(v.xMax()), num(v.yMin()), num(v.yMax()), v.width(), v.height(), maxIter);
    }

    private static String threads(int n) {
        return n + (n == 1 ? " thread" : " threads");
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
