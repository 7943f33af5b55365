package dev.mandel.cli;

import dev.mandel.video.ViewRenderer;
import dev.mandel.video.ZoomMethod;
import dev.mandel.video.ZoomPlan;
import dev.mandel.video.ZoomRecorder;

import java.util.Locale;

/** The two lines {@code mandelbrot zoom} prints: what was made, and where the time went. */
final class ZoomSummary {

    private ZoomSummary() {
    }

    static String plan(ZoomPlan plan, ZoomMethod method, int pictures, ViewRenderer views) {
        String numbers = views.numberType(plan.view(plan.startSpan()));
        String deepest = views.numberType(plan.target());
        return String.format(Locale.ROOT,
                "%d frames %dx%d, span %s -> %s around %s,%s (%.1f octaves), max-iter %s (%d..%d), %s: %d %s, %s numbers",
                plan.frames(), plan.width(), plan.height(), plan.startSpan().toString(), plan.endSpan().toString(),
                plan.centreRe(), plan.centreIm(), plan.octaves(), plan.limit(),
                plan.limit().forSpan(plan.startSpan()), plan.limit().forSpan(plan.endSpan()), method.id(), pictures,
                method == ZoomMethod.DIRECT ? "rendered frames" : "keyframes at 2x steps",
                numbers.equals(deepest) ? numbers : numbers + " then " + deepest);
    }

    static String cost(ZoomRecorder.Result r, int threads, double encoderCpuSeconds) {
        double wall = r.wallNanos() / 1e9;
        String encoder = Double.isNaN(encoderCpuSeconds) ? ""
                : String.format(Locale.ROOT, ", ffmpeg %.1f s CPU", encoderCpuSeconds);
        return String.format(Locale.ROOT,
                "%.1f s, %.2f frames/s: rendered %d pictures (%d from the cache) in %.1f s on %d threads,"
                        + " resampled in %.1f s, handed to the encoder in %.1f s%s",
                wall, r.frames() / wall, r.rendered(), r.fromCache(), r.renderNanos() / 1e9, threads,
                r.composeNanos() / 1e9, r.sinkNanos() / 1e9, encoder);
    }
}
