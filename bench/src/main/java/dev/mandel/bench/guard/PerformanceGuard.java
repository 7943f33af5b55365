package dev.mandel.bench.guard;

import dev.mandel.kernel.EscapeKernel;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import dev.mandel.timing.FrameRound;
import dev.mandel.timing.TimingHarness;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The CI performance guard: fails on a gross regression, judged by ratios measured inside one run,
 * never by absolute speed (which depends on the machine and on whoever else is using it).
 *
 * <ol>
 *   <li>The vector kernel must beat the scalar kernel on one thread by at least {@code --min-vector}
 *       (default 2.5x; about 5-6x is normal on AVX-512, ~3x on AVX2) on mojo at 480x480.</li>
 *   <li>Over-partitioned ForkJoin (factor 16) must beat static bands on the classroom view with 2
 *       threads by at least {@code --min-partition} (default 1.3x; about 1.8x is normal): the static
 *       split leaves one worker idle for most of that frame, work stealing does not.</li>
 * </ol>
 *
 * <p>A plain in-process harness rather than JMH: it needs well under a minute, and a JMH run with
 * forks for four configurations would spend most of that starting JVMs. The {@link TimingHarness}
 * warms both renders up until the JIT settles, then times them alternately and keeps each one's
 * fastest frame (noise only ever adds time, and alternating gives both the same chances at a quiet
 * moment; both sides suffer the machine's speed alike, so their ratio moves far less than either
 * time). A failing check is measured again, up to
 * {@code --attempts} times, and only the best ratio counts, so a burst of load elsewhere on a
 * 2-core machine does not fail the build. The thresholds sit at about half of the normal ratios: a
 * real regression (the vector kernel falling back to scalar code, or the scheduler serialising the
 * rows) lands near 1.0x, far below them. The frames are also compared pixel for pixel.
 */
public final class PerformanceGuard {

    private double minVector = 2.5;
    private double minPartition = 1.3;
    private int rounds = 7;
    private int attempts = 6;

    private PerformanceGuard() {
    }

    public static void main(String[] args) {
        PerformanceGuard guard = new PerformanceGuard();
        try {
            guard.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
        System.exit(guard.run());
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + a + " needs a value (options: --min-vector X,"
                        + " --min-partition X, --rounds N, --attempts N)");
            }
            String v = args[++i];
            switch (a) {
                case "--min-vector" -> minVector = positive(a, v);
                case "--min-partition" -> minPartition = positive(a, v);
                case "--rounds" -> rounds = (int) Math.max(1, positive(a, v));
                case "--attempts" -> attempts = (int) Math.max(1, positive(a, v));
                default -> throw new IllegalArgumentException("unknown option '" + a
                        + "' (allowed: --min-vector X, --min-partition X, --rounds N, --attempts N)");
            }
        }
    }

    private static double positive(String option, String value) {
        try {
            double d = Double.parseDouble(value);
            if (d > 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a positive number, got '" + value + "'");
    }

    private int run() {
        long start = System.nanoTime();
        System.out.printf(Locale.ROOT, "performance guard: best of %d alternating frames after a warm-up until the JIT"
                + " settles, up to %d attempts per check; ratios inside this run%n", rounds, attempts);
        int failed = 0;
        failed += vectorOverScalar() ? 0 : 1;
        failed += partitionOverStatic() ? 0 : 1;
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failed == 0) {
            System.out.printf(Locale.ROOT, "performance guard: passed (2 checks) in %.1f s%n", seconds);
            return 0;
        }
        System.out.printf(Locale.ROOT, "performance guard: FAILED (%d of 2 checks) in %.1f s%n", failed, seconds);
        return 1;
    }

    private boolean vectorOverScalar() {
        Viewport view = Preset.MOJO.view(480, 480);
        RenderRequest request = RenderRequest.of(view, Preset.MOJO.maxIter()).withSchedule(Schedule.SEQUENTIAL, 1);
        EscapeKernel best = KernelProvider.best();
        String what = "vector kernel vs scalar kernel, 1 thread, mojo 480x480";
        if (!best.name().equals("vector")) {
            return fail(what, "the best kernel on this JVM is '" + best.name()
                    + "', not the vector kernel: is --add-modules=jdk.incubator.vector missing?");
        }
        try (Renderer scalar = new Renderer(new ScalarKernel(), 1); Renderer vector = new Renderer(best, 1)) {
            return check(what, minVector, "scalar", "vector",
                    () -> compare(scalar, request, vector, request));
        }
    }

    private boolean partitionOverStatic() {
        String what = "ForkJoin factor 16 vs static bands, classroom 960x960, 2 threads";
        if (Runtime.getRuntime().availableProcessors() < 2) {
            System.out.println("  skipped: " + what + " (needs 2 cores, this machine has 1)");
            return true;
        }
        Viewport view = Preset.CLASSROOM.view();
        RenderRequest base = RenderRequest.of(view, Preset.CLASSROOM.maxIter());
        RenderRequest bands = base.withSchedule(Schedule.STATIC, 1);
        RenderRequest stealing = base.withSchedule(Schedule.FORKJOIN, 16);
        try (Renderer renderer = new Renderer(KernelProvider.best(), 2)) {
            return check(what, minPartition, "static", "fj16",
                    () -> compare(renderer, bands, renderer, stealing));
        }
    }

    private boolean check(String what, double floor, String slowName, String fastName,
                          Supplier<Pair> measure) {
        double bestRatio = 0;
        Pair kept = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            Pair r = measure.get();
            if (!Arrays.equals(r.slowFrame().counts(), r.fastFrame().counts())) {
                return fail(what, slowName + " and " + fastName + " frames differ: the fast path is wrong, not fast");
            }
            if (r.ratio() > bestRatio) {
                bestRatio = r.ratio();
                kept = r;
            }
            if (bestRatio >= floor) {
                break;
            }
            System.out.printf(Locale.ROOT, "  attempt %d: %s only %.2fx, measuring again%n", attempt, what, r.ratio());
        }
        String line = String.format(Locale.ROOT, "%s: %s %.1f ms, %s %.1f ms -> %.2fx (floor %.2fx)", what, slowName,
                kept.slowNanos() / 1e6, fastName, kept.fastNanos() / 1e6, bestRatio, floor);
        if (bestRatio >= floor) {
            System.out.println("  ok: " + line);
            return true;
        }
        return fail(what, line + " after " + attempts + " attempts: a gross performance regression");
    }

    /** The fastest frame of each of two renders timed alternately. */
    private record Pair(Frame slowFrame, Frame fastFrame) {
        long slowNanos() {
            return slowFrame.wallNanos();
        }

        long fastNanos() {
            return fastFrame.wallNanos();
        }

        double ratio() {
            return (double) slowNanos() / fastNanos();
        }
    }

    private Pair compare(Renderer slow, RenderRequest slowRequest, Renderer fast, RenderRequest fastRequest) {
        List<FrameRound> pair = List.of(new FrameRound(slow, slowRequest), new FrameRound(fast, fastRequest));
        TimingHarness.warmUp(pair);
        pair.forEach(FrameRound::reset);
        TimingHarness.measure(pair, rounds);
        return new Pair(pair.get(0).fastest(), pair.get(1).fastest());
    }

    private static boolean fail(String what, String why) {
        System.out.println("  FAILED: " + (why.startsWith(what) ? why : what + ": " + why));
        return false;
    }
}
