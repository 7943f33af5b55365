package dev.mandel.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report generator on JMH-format results written here, with figures whose ratios are known. */
class ReportMainTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Iterations in one mojo frame, so that ops/s x this = iterations/s as JMH would report them. */
    private static final double MOJO_ITERATIONS = 183_471_826;

    @TempDir
    Path dir;

    @Test
    void writesTablesChartsMergedJsonAndLatestCopy() throws IOException {
        Path jmh = Files.createDirectories(dir.resolve("jmh"));
        ArrayNode kernels = JSON.createArrayNode();
        kernels.add(record("KernelLadderBenchmark", Map.of("workload", "mojo", "kernel", "scalar"), 0.5e9));
        kernels.add(record("KernelLadderBenchmark", Map.of("workload", "mojo", "kernel", "vector2"), 3.0e9));
        ObjectNode boxed = record("KernelLadderBenchmark", Map.of("workload", "mojo", "kernel", "vector4"), 0.3e9);
        ((ObjectNode) boxed.get("secondaryMetrics")).putObject("gc.alloc.rate.norm").put("score", 2.58e9);
        ((ObjectNode) kernels.get(1).get("secondaryMetrics")).putObject("gc.alloc.rate.norm").put("score", 3.7e6);
        kernels.add(boxed);
        JSON.writeValue(jmh.resolve("01-kernels.json").toFile(), kernels);
        ArrayNode rest = JSON.createArrayNode();
        rest.add(record("PartitionLadderBenchmark", Map.of("workload", "mojo", "schedule", "static", "threads", "0"), 5.0e9));
        rest.add(record("PartitionLadderBenchmark", Map.of("workload", "mojo", "schedule", "fj16", "threads", "0"), 6.0e9));
        rest.add(record("ThreadScalingBenchmark", Map.of("workload", "mojo", "schedule", "fj16", "threads", "1"), 3.0e9));
        rest.add(record("ThreadScalingBenchmark", Map.of("workload", "mojo", "schedule", "fj16", "threads", "2"), 6.0e9));
        rest.add(record("ConcurrentRendersBenchmark", Map.of("workload", "mojo", "k", "1", "pools", "own"), 6.0e9));
        rest.add(record("ConcurrentRendersBenchmark", Map.of("workload", "mojo", "k", "4", "pools", "shared"), 5.4e9));
        JSON.writeValue(jmh.resolve("02-rest.json").toFile(), rest);
        writePython(dir.resolve("python.json"), 100.0, true);
        Files.writeString(dir.resolve("suite.properties"), "suite=quick\ncores=2\nloadStart=0.1\nloadEnd=0.2\n");
        Path latest = dir.resolve("latest.md");
        Path docs = dir.resolve("docs");

        assertEquals(0, ReportMain.run(dir.toString(), "--latest", latest.toString(), "--docs", docs.toString()));

        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("| vector, interleave 2, 1 thread | 61.2 | n/a | 3.00 | 6.00x | 300x | 3.70 |"), md);
        assertTrue(md.contains("| scalar, 1 thread | 367 | n/a | 0.50 | 1.00x | 50.0x | n/a |"), md);
        assertTrue(md.contains("**vector, interleave 4, 1 thread allocates 2,580 MB per frame** (14.0 bytes per escape"
                + " iteration beyond the frame's own 3.7 MB)"), md);
        assertTrue(!md.contains("interleave 2, 1 thread allocates"), "a frame's own arrays are no warning");
        assertTrue(md.contains("| vector over scalar (1 thread) | 5.00 x | 6.00 x | met |"), md);
        assertTrue(md.contains("| all 2 cores | 9.50 G it/s | 6.00 G it/s | missed by 37% |"), md);
        assertTrue(md.contains("| mojo | fj16 | 16.0 | 1.20x |"), md);
        assertTrue(md.contains("| 4 | shared | 29.4 | 5.40 | 0.90x |"), md);
        assertTrue(md.contains("1 of 1,920 pixels differ") && md.contains("0 of 960 pixels differ"), md);
        assertTrue(!md.contains("Busy machine") && !md.contains("Wide error bars"),
                "a quiet run with tight error bars gets no warning");
        assertEquals(9, JSON.readTree(dir.resolve("jmh.json").toFile()).size(), "merged JSON holds every record");
        for (String chart : List.of("bench-ladder.png", "bench-partition.png", "bench-threads.png", "bench-concurrent.png")) {
            BufferedImage image = ImageIO.read(dir.resolve(chart).toFile());
            assertNotNull(image, chart);
            assertEquals(960, image.getWidth(), chart);
            assertTrue(Files.exists(docs.resolve(chart)), "copied to docs: " + chart);
        }
        String latestMd = Files.readString(latest);
        assertTrue(latestMd.contains("](docs/bench-ladder.png)"), "latest links the docs copies");
    }

    @Test
    void pythonCountsAreComparedWithTheJavaKernel() throws IOException {
        Path json = dir.resolve("python.json");
        writePython(json, 50.0, false);
        PythonBaseline p = PythonBaseline.read(json);
        assertEquals(1920, p.pixelsTimed());
        assertEquals(0, p.mismatches());
        assertEquals(0.02, p.gips(), 1e-12);
    }

    @Test
    void missingResultsAreAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportMain.run(dir.toString()));
        assertTrue(e.getMessage().startsWith("no JMH results in"), e.getMessage());
    }

    /** One JMH result in JMH's JSON shape: 1 fork, 3 iterations, a tight error. */
    private static ObjectNode record(String benchmark, Map<String, String> params, double iterationsPerSecond) {
        double iterationsPerOp = MOJO_ITERATIONS;
        if (benchmark.equals("ConcurrentRendersBenchmark")) {
            iterationsPerOp *= Integer.parseInt(params.get("k"));
        }
        ObjectNode run = JSON.createObjectNode();
        run.put("benchmark", "dev.mandel.bench.jmh." + benchmark + ".render");
        run.put("forks", 1);
        run.put("measurementIterations", 3);
        ObjectNode p = run.putObject("params");
        params.forEach(p::put);
        ObjectNode primary = run.putObject("primaryMetric");
        primary.put("score", iterationsPerSecond / iterationsPerOp);
        primary.put("scoreError", "NaN");
        ObjectNode secondary = run.putObject("secondaryMetrics").putObject("escapeIterations");
        secondary.put("score", iterationsPerSecond);
        secondary.put("scoreError", "NaN");
        return run;
    }

    /** A Python result for rows 100 and 500 of mojo with the Java kernel's counts, one pixel altered if asked. */
    private static void writePython(Path json, double nsPerIteration, boolean alterOnePixel) throws IOException {
        Viewport view = Preset.MOJO.view();
        List<Integer> rows = List.of(100, 500);
        List<int[]> counts = new ArrayList<>();
        for (int row : rows) {
            int[] c = new int[view.width()];
            new ScalarKernel().row(view, row, 1000, c, 0);
            counts.add(c);
        }
        if (alterOnePixel) {
            counts.get(1)[7] += 1;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("python", "CPython 3.11.7");
        root.put("arithmetic", "plain");
        root.put("preset", "mojo");
        root.put("width", 960);
        root.put("height", 960);
        root.put("maxIter", 1000);
        root.set("rows", JSON.valueToTree(rows));
        root.set("counts", JSON.valueToTree(counts));
        root.put("iterations", 1_000_000);
        root.put("repeats", 3);
        root.put("bestSeconds", 0.1);
        root.put("nsPerIteration", nsPerIteration);
        ObjectNode exact = root.putObject("exact");
        exact.put("method", "test");
        exact.set("rows", JSON.valueToTree(List.of(100)));
        exact.set("counts", JSON.valueToTree(List.of(counts.get(0))));
        JSON.writeValue(json.toFile(), root);
    }
}
