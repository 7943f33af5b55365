package dev.mandel.bench.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The figure of merit as a JMH secondary metric. Each benchmark adds the escape iterations of the
 * frames it rendered; with {@code Type.OPERATIONS} JMH divides by the measured time, so the JSON
 * carries {@code escapeIterations} in iterations per second beside the primary frames per second.
 *
 * <p>The count comes from the rendered frame itself ({@code Frame.totalIterations()}, the sum of its
 * per-row totals), so it is the work actually done, not a constant that would hide a wrong frame.
 */
@AuxCounters(AuxCounters.Type.OPERATIONS)
@State(Scope.Thread)
public class EscapeIterations {

    /** Escape iterations rendered during the current measurement iteration. */
    public long escapeIterations;

    @Setup(Level.Iteration)
    public void reset() {
        escapeIterations = 0;
    }
}
