package dev.mandel.bench.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The yardstick summary from a JMH result file written as JMH writes it (trimmed to what is read). */
class YardstickSummaryTest {

    private static String run(String impl, int threads, double itPerS, String pairData) {
        String secondary = "\"escapeIterations\": {\"score\": " + itPerS + ", \"scoreError\": \"NaN\"}" + pairData;
        return """
                {"benchmark": "dev.mandel.bench.jmh.YardstickBenchmark.render", "forks": 1, "measurementIterations": 2,
                 "params": {"impl": "%s", "threads": "%d", "workload": "mojo", "interleave": "0", "schedule": "fj16"},
                 "primaryMetric": {"score": 40.0, "scoreError": 1.0},
                 "secondaryMetrics": {%s}}""".formatted(impl, threads, secondary);
    }

    @Test
    void separateTrialsAndPairedFramesGiveTheirRatios(@TempDir Path dir) throws Exception {
        String pair1 = ", \"oursNanos\": {\"score\": 1.0, \"rawData\": [[1000, 2000]]},"
                + " \"cNanos\": {\"score\": 1.0, \"rawData\": [[800, 1800]]}";
        String pair2 = ", \"oursNanos\": {\"score\": 1.0, \"rawData\": [[1000, 1000, 1000]]},"
                + " \"cNanos\": {\"score\": 1.0, \"rawData\": [[700, 900, 800]]}";
        Files.writeString(dir.resolve("01-yardstick.json"), "[" + String.join(",",
                run("java", 1, 7.0e9, ""), run("c", 1, 8.0e9, ""), run("pair", 1, 1.0e9, pair1),
                run("java", 2, 13.0e9, ""), run("c", 2, 16.0e9, ""), run("pair", 2, 1.0e9, pair2)) + "]");
        YardstickSummary s = new YardstickSummary(JmhResults.read(dir));

        assertArrayEquals(new double[] {0.8, 0.9}, s.pairedRatios(1), 1e-12);
        assertArrayEquals(new double[] {0.7, 0.9, 0.8}, s.pairedRatios(2), 1e-12);
        String table = s.table();
        assertTrue(table.contains("| 1 thread | 7.00 | 8.00 | 0.875 |"), table);
        assertTrue(table.contains("| 2 threads / 1 thread | 1.857 | 2.000 | |"), table);
        assertTrue(table.contains("| 1 thread, paired frames (median of 2 iterations, range 0.800-0.900) | | | 0.850 |"), table);
        assertTrue(table.contains("| 2 threads, paired frames (median of 3 iterations, range 0.700-0.900) | | | 0.800 |"), table);
    }

    @Test
    void withoutAPairedTrialThereIsNoPairedRow(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("01-yardstick.json"), "[" + run("java", 1, 7.0e9, "") + "]");
        YardstickSummary s = new YardstickSummary(JmhResults.read(dir));
        assertEquals(0, s.pairedRatios(1).length);
        assertTrue(!s.table().contains("paired"), s.table());
    }
}
