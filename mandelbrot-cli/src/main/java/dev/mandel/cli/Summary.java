package dev.mandel.cli;

import dev.mandel.poster.PosterResult;
import dev.mandel.poster.PosterSpec;
import dev.mandel.schedule.Schedule;
import dev.mandel.timing.Timings;
import dev.mandel.timing.Warmup;

import java.util.Locale;

/** The lines a render prints about itself: what was computed, how, and what it cost. */
final class Summary {

    private Summary() {
    }

    static String what(String label, PosterSpec request, int threads, PosterResult result, int stripRows,
                       String kernel) {
        String strips = result.strips() == 1 ? ""
                : String.format(Locale.ROOT, ", %d strips of %d rows", result.strips(), stripRows);
        int tasks = result.trace().tasks();
        return String.format(Locale.ROOT, "%dx%d %s, max-iter %d, %s precision: %s kernel, %s, %d thread%s, %d task%s%s",
                request.view().width(), request.view().height(), label, request.maxIter(), precision(result.kernel()),
                // The kernel's own description (lanes, interleave) when it is the one that ran.
                kernel.startsWith(result.kernel()) ? kernel : result.kernel(),
                schedule(request), threads, threads == 1 ? "" : "s", tasks, tasks == 1 ? "" : "s", strips);
    }

    static String cost(PosterResult result, Warmup warmup) {
        String warm = ", " + warmup.describe();
        if (result.strips() > 1) {
            // Strips are written while the next one renders; this is what the whole poster took.
            warm += String.format(Locale.ROOT, "; %.1f s in all with writing", result.elapsedNanos() / 1e9);
        }
        return String.format(Locale.ROOT,
                "%.3f s, %.3f G iterations/s (%s iterations), load balance %.2f (busiest / mean worker time)%s",
                result.renderNanos() / 1e9, result.iterationsPerSecond() / 1e9, count(result.iterations()),
                result.trace().loadBalance(), warm);
    }

    /** Which number type ran: the float kernels are named {@code *-float}. */
    static String precision(String kernel) {
        return kernel.endsWith("-float") ? "single" : "double";
    }

    /** The best and median of repeated renders of the whole view. */
    static String repeated(Timings t, long iterations) {
        return String.format(Locale.ROOT,
                "best of %d renders: %.3f s, %.3f G iterations/s; median %.3f s, %.3f G iterations/s",
                t.rounds(), t.best() / 1e9, iterations / (double) t.best(), t.median() / 1e9, iterations / t.median());
    }

    static String schedule(PosterSpec request) {
        Schedule s = request.schedule();
        return switch (s) {
            case SEQUENTIAL -> "sequential";
            case STATIC -> "static (one band per thread)";
            case FORKJOIN -> "forkjoin (" + request.partitionFactor() + " tasks per thread)";
        };
    }

    /** A large count in engineering form: {@code 507.3 M}, {@code 1.25 G}. */
    static String count(long n) {
        if (n < 10_000) {
            return Long.toString(n);
        }
        String[] units = {"k", "M", "G", "T", "P"};
        double v = n;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
