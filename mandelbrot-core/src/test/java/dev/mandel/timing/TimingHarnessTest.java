package dev.mandel.timing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness's rules, on rounds whose "times" are scripted (no clock is read by these tests). */
class TimingHarnessTest {

    /** A round that reports the given times in turn, then the last one forever. */
    private static final class Scripted implements Round {
        private final long[] times;
        int calls;

        Scripted(long... times) {
            this.times = times;
        }

        @Override
        public long runNanos() {
            return times[Math.min(calls++, times.length - 1)];
        }
    }

    @Test
    void warmUpGoesOnWhileARoundStillGetsFaster() {
        // 100, 50, 30, 20, 19, 19, 19: improving by more than 10% until the fifth pass.
        Scripted a = new Scripted(100, 50, 30, 20, 19, 19, 19, 19);
        Scripted b = new Scripted(10);
        Warmup w = TimingHarness.warmUp(List.of(a, b));
        assertTrue(w.settled());
        // Pass 4 (20 after 30) still improves; passes 5 and 6 are steady, unless the JIT compiled
        // something meanwhile (this JVM runs the tests), which only ever adds passes.
        assertTrue(w.passes() >= 6, "passes " + w.passes());
        assertEquals(w.passes(), a.calls);
        assertEquals(w.passes(), b.calls, "round-robin: every round once per pass");
    }

    @Test
    void aRoundThatNeverSettlesStopsAtTheLimitAndSaysSo() {
        // Every other pass twice as fast as the one before: never two steady passes in a row.
        Round seesaw = new Round() {
            int calls;

            @Override
            public long runNanos() {
                return calls++ % 2 == 0 ? 100 : 50;
            }
        };
        Warmup w = TimingHarness.warmUp(List.of(seesaw));
        assertFalse(w.settled());
        assertEquals(TimingHarness.MAX_PASSES, w.passes());
        assertTrue(w.describe().endsWith("(the JIT had not settled)"), w.describe());
    }

    @Test
    void measureKeepsEveryRoundsBestAndMedian() {
        List<Timings> t = TimingHarness.measure(List.of(new Scripted(5, 3, 9, 4, 7), new Scripted(1, 2)), 5);
        assertEquals(2, t.size());
        assertEquals(3, t.get(0).best());
        assertEquals(5.0, t.get(0).median());
        assertEquals(5, t.get(0).rounds());
        assertEquals(1, t.get(1).best());
        assertEquals(2.0, t.get(1).median());
        assertEquals(3.5, Timings.of(new long[] {4, 3}).median());
    }

    @Test
    void roundsRunRoundRobin() {
        List<String> order = new ArrayList<>();
        TimingHarness.measure(List.of(() -> { order.add("a"); return 1; }, () -> { order.add("b"); return 1; }), 2);
        assertEquals(List.of("a", "b", "a", "b"), order);
        assertThrows(IllegalArgumentException.class, () -> TimingHarness.measure(List.of(() -> 1L), 0));
        assertThrows(IllegalArgumentException.class, () -> TimingHarness.warmUp(List.of()));
    }
}
