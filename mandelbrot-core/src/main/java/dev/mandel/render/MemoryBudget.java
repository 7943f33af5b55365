package dev.mandel.render;

import java.util.Locale;

/**
 * Checks a size against the heap before allocating it, so an oversized request is a clear message
 * instead of an {@link OutOfMemoryError} half-way through a render.
 */
public final class MemoryBudget {

    /** Largest Java array the JVM reliably allocates. */
    public static final long MAX_ARRAY_ELEMENTS = Integer.MAX_VALUE - 8;

    private MemoryBudget() {
    }

    /**
     * Heap not in use now: the most a plan may count on. Garbage not yet collected counts as used,
     * so this errs on the small side.
     */
    public static long freeHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /** Throws a one-line {@link IllegalArgumentException} when {@code bytes} would not fit. */
    public static void requireFits(long bytes, String what) {
        long max = Runtime.getRuntime().maxMemory();
        if (bytes > max * 9 / 10) {
            throw new IllegalArgumentException(what + " needs " + human(bytes) + " but this JVM may use at most "
                    + human(max) + " of heap; choose a smaller size");
        }
    }

    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = -1;
        do {
            v /= 1024;
            u++;
        } while (v >= 1024 && u < units.length - 1);
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
