package dev.mandel.bench;

/** Thread counts as the benchmarks take them: a positive number, or 0 for every core. */
public final class Threads {

    private Threads() {
    }

    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static int resolve(int requested) {
        if (requested < 0) {
            throw new IllegalArgumentException("threads must be 0 (all cores) or positive, got " + requested);
        }
        return requested == 0 ? cores() : requested;
    }
}
