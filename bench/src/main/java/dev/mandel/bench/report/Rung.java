package dev.mandel.bench.report;

/**
 * One rung of the speedup ladder, as shown in the report.
 *
 * @param id      short id for charts ({@code scalar}, {@code vector2}, {@code static}, {@code fj16}, {@code row})
 * @param label   what it is, for the table
 * @param record  the JMH result
 */
public record Rung(String id, String label, JmhRecord record) {

    public double msPerFrame() {
        return 1000.0 / record.opsPerSecond();
    }

    public double gips() {
        return record.gips();
    }
}
