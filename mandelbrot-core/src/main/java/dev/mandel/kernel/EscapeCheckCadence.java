package dev.mandel.kernel;

/**
 * How often the vector kernel asks "is any lane still active?": after every chunk of
 * {@link #CHECK_EVERY} steps, the last chunk being the {@code maxIter % CHECK_EVERY} steps left.
 * Asking every step would put a cross-lane test and a branch into the hottest loop; the steps a
 * finished block runs on cost time, never a count, because escaped lanes are frozen.
 *
 * <p>The arithmetic lives here, shared by the kernel and its instrumented twin, because it must
 * hold up to {@code maxIter = Integer.MAX_VALUE}: a chunk end written as {@code k + CHECK_EVERY}
 * overflows to a negative number near the limit, and the loop never ends.
 */
final class EscapeCheckCadence {

    /** Steps per checked chunk. */
    static final int CHECK_EVERY = 8;

    private EscapeCheckCadence() {
    }

    /**
     * Steps in the chunk that starts after {@code done} of {@code maxIter} steps
     * ({@code 0 <= done < maxIter}): {@link #CHECK_EVERY}, or fewer at the end. Formed from the
     * steps left, {@code maxIter - done}, which cannot overflow, rather than from a chunk end.
     */
    static int chunk(int done, int maxIter) {
        return Math.min(CHECK_EVERY, maxIter - done);
    }
}
