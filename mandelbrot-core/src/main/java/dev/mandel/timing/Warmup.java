package dev.mandel.timing;

import java.util.Locale;

/**
 * What a warm-up did.
 *
 * @param passes  passes run (each pass runs every round once)
 * @param nanos   time the warm-up took
 * @param settled whether the JIT settled; {@code false} when the safety limits stopped it first
 */
public record Warmup(int passes, long nanos, boolean settled) {

    /** Nothing was warmed up. */
    public static final Warmup NONE = new Warmup(0, 0, true);

    /** For a summary line: {@code "after 0.84 s of JIT warm-up"}. */
    public String describe() {
        if (passes == 0) {
            return "cold JVM (no warm-up)";
        }
        return String.format(Locale.ROOT, "after %.2f s of JIT warm-up%s", nanos / 1e9,
                settled ? "" : " (the JIT had not settled)");
    }
}
