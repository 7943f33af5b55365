package dev.mandel.cli;

import dev.mandel.video.MethodComparison;
import dev.mandel.video.ViewRenderer;
import dev.mandel.video.ZoomMethod;
import dev.mandel.video.ZoomPlan;
import dev.mandel.video.ZoomRecorder;

import java.util.List;
import java.util.Locale;

/** The two lines {@code mandelbrot zoom} prints: what was made, and where the time went. */
final class ZoomSummary {

    private ZoomSummary() {
    }

    static String plan(ZoomPlan plan, ZoomMethod method, int pictures, ViewRenderer views) {
        return zoom(plan, views) + String.format(Locale.ROOT, ", %s: %d %s", method.id(), pictures,
                method == ZoomMethod.DIRECT ? "rendered frames" : "keyframes at 2x steps");
    }

    static String zoom(ZoomPlan plan, ViewRenderer views) {
        String numbers = views.numberType(plan.view(plan.startSpan()));
        String deepest = views.numberType(plan.target());
        return String.format(Locale.ROOT,
                "%d frames %dx%d, span %s -> %s around %s,%s (%.1f octaves), max-iter %s (%d..%d), %s numbers",
                plan.frames(), plan.width(), plan.height(), plan.startSpan().toString(), plan.endSpan().toString(),
                plan.centreRe(), plan.centreIm(), plan.octaves(), plan.limit().isAuto() ? "auto" : plan.limit(),
                plan.limit().forSpan(plan.startSpan()), plan.limit().forSpan(plan.endSpan()),
                numbers.equals(deepest) ? numbers : numbers + " then " + deepest);
    }

    /** A table: each method's speed, then how far its frames are from the references. */
    static List<String> comparison(MethodComparison.Result r) {
        int frames = r.plan().frames();
        MethodComparison.Timing d = r.direct();
        MethodComparison.Timing k = r.keyframes();
        return List.of(
                "method     pictures  wall s  render s  resample s  frames/s",
                row(d, frames), row(k, frames),
                String.format(Locale.ROOT, "keyframes is %.2fx direct in frames/s", k.framesPerSecond(frames) / d.framesPerSecond(frames)),
                "quality (per frame, RGB 0-255)        mean PSNR  worst PSNR  max error  mean error",
                quality("keyframes vs direct frames", r.keyframesVsDirect()),
                quality("direct vs 2x2 supersampled", r.directVsSupersampled()),
                quality("keyframes vs 2x2 supersampled", r.keyframesVsSupersampled()));
    }

    private static String row(MethodComparison.Timing t, int frames) {
        return String.format(Locale.ROOT, "%-10s %8d %7.1f %9.1f %11.1f %9.2f", t.method().id(), t.pictures(),
                t.wallNanos() / 1e9, t.renderNanos() / 1e9, t.composeNanos() / 1e9, t.framesPerSecond(frames));
    }

    private static String quality(String what, MethodComparison.Quality q) {
        return q == null ? what + ": not measured" : String.format(Locale.ROOT, "%-37s %6.1f dB %8.1f dB %10d %11.2f",
                what, q.meanPsnr(), q.minPsnr(), q.maxError(), q.meanAbsolute());
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
