package dev.mandel.timing;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The one way this project times code in-process (the command line's summaries and
 * {@code --repeat}, the simulator's validation, the classroom, the CI guard): warm up until the
 * JIT has settled, then run every round {@code n} times and keep the best and the median.
 *
 * <p><b>Settled</b> means two passes in a row during which the JIT compiled nothing (its total
 * compilation time, where the JVM reports one, did not move) and no round got more than
 * {@value #STILL_IMPROVING_PERCENT}% faster than in the pass before. A fixed warm-up time is too
 * short for a slow round and wasted on a fast one; and C2 may recompile a hot loop long after it
 * first compiled it (when a loop runs longer than it ever did before), which a fixed time can end
 * in the middle of. Two passes, because one quiet pass can fall between two compilations. Limits
 * of {@value #MAX_PASSES} passes and {@value #MAX_SECONDS} s stop a warm-up that never settles
 * (a very busy machine); the {@link Warmup} then says so.
 *
 * <p>Rounds run round-robin (A, B, A, B...), in the warm-up and in the timed passes, so a burst of
 * load from another process hits every round alike instead of spoiling one of them.
 */
public final class TimingHarness {

    static final int STILL_IMPROVING_PERCENT = 10;
    static final int MIN_PASSES = 3;
    static final int STEADY_PASSES = 2;
    static final int MAX_PASSES = 200;
    static final int MAX_SECONDS = 60;

    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    private TimingHarness() {
    }

    /** Runs passes over {@code rounds} until the JIT has settled (see the class comment). */
    public static Warmup warmUp(List<? extends Round> rounds) {
        requireRounds(rounds);
        long start = System.nanoTime();
        long deadline = start + MAX_SECONDS * 1_000_000_000L;
        long[] previous = null;
        int steady = 0;
        int passes = 0;
        while (true) {
            long compiledBefore = compileMillis();
            long[] times = new long[rounds.size()];
            for (int r = 0; r < times.length; r++) {
                times[r] = rounds.get(r).runNanos();
            }
            passes++;
            boolean compiled = compileMillis() != compiledBefore;
            steady = compiled || stillImproving(previous, times) ? 0 : steady + 1;
            previous = times;
            if (passes >= MIN_PASSES && steady >= STEADY_PASSES) {
                return new Warmup(passes, System.nanoTime() - start, true);
            }
            if (passes >= MAX_PASSES || System.nanoTime() > deadline) {
                return new Warmup(passes, System.nanoTime() - start, false);
            }
        }
    }

    /** Runs {@code passes} timed passes over {@code rounds}; one {@link Timings} per round, in order. */
    public static List<Timings> measure(List<? extends Round> rounds, int passes) {
        requireRounds(rounds);
        if (passes < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1, got " + passes);
        }
        long[][] nanos = new long[rounds.size()][passes];
        for (int p = 0; p < passes; p++) {
            for (int r = 0; r < rounds.size(); r++) {
                nanos[r][p] = rounds.get(r).runNanos();
            }
        }
        return java.util.Arrays.stream(nanos).map(Timings::of).toList();
    }

    /** Total JIT compilation time so far in ms, or -1 where the JVM does not report it. */
    static long compileMillis() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : -1;
    }

    private static boolean stillImproving(long[] previous, long[] times) {
        if (previous == null) {
            return true;
        }
        for (int r = 0; r < times.length; r++) {
            if (times[r] * 100 < previous[r] * (100 - STILL_IMPROVING_PERCENT)) {
                return true;
            }
        }
        return false;
    }

    private static void requireRounds(List<? extends Round> rounds) {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("nothing to time");
        }
    }
}
