package dev.mandel.bench.report;

import java.util.Map;

/**
 * One JMH result: a benchmark class, its parameters, the primary score (frames, or batches of K
 * frames, per second) and the {@code escapeIterations} secondary metric (escape iterations per
 * second), each with JMH's 99.9% confidence half-width ({@code NaN} when too few samples), and
 * the bytes allocated per operation when the run had {@code -prof gc} ({@code NaN} otherwise).
 */
public record JmhRecord(String benchmark, Map<String, String> params, double opsPerSecond, double opsError,
                        double iterationsPerSecond, double iterationsError, int forks, int measurementIterations,
                        double allocBytesPerOp) {

    public String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalStateException(benchmark + " has no parameter '" + name + "'");
        }
        return value;
    }

    /** G escape iterations per second. */
    public double gips() {
        return iterationsPerSecond / 1e9;
    }

    /** Relative error of the score in percent, or NaN. */
    public double errorPercent() {
        return 100 * opsError / opsPerSecond;
    }
}
