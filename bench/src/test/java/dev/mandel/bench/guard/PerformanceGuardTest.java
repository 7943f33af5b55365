package dev.mandel.bench.guard;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad guard options are usage errors (exit 2) before anything is measured. */
class PerformanceGuardTest {

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, PerformanceGuard.run("--min-vector", "fast"));
        assertEquals(2, PerformanceGuard.run("--min-vector", "-1"));
        assertEquals(2, PerformanceGuard.run("--rounds", "0"));
        assertEquals(2, PerformanceGuard.run("--colour", "red"));
        assertEquals(0, PerformanceGuard.run("--help"));
    }
}
