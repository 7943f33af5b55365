package dev.mandel.timing;

/** One piece of work the harness times: runs it once and returns the wall time of its timed part, in ns. */
@FunctionalInterface
public interface Round {
    long runNanos();
}
