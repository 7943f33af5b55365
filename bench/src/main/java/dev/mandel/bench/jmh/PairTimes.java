package dev.mandel.bench.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The wall time of each side of the yardstick's paired frames, summed over a measurement
 * iteration. With {@code Type.EVENTS} JMH reports the sums as they are, not per second; both
 * sides render the same frame, so C's time over ours is ours / C in iterations per second,
 * measured in the same seconds (see {@code YardstickBenchmark}, {@code impl = pair}).
 */
@AuxCounters(AuxCounters.Type.EVENTS)
@State(Scope.Thread)
public class PairTimes {

    /** Nanoseconds our renderer spent on its frames of this iteration. */
    public long oursNanos;
    /** Nanoseconds the C yardstick spent on its frames of this iteration. */
    public long cNanos;

    @Setup(Level.Iteration)
    public void reset() {
        oursNanos = 0;
        cNanos = 0;
    }
}
