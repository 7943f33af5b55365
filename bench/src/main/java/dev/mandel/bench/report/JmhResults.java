package dev.mandel.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The results of one suite run: every JMH JSON file of a folder, read with Jackson and merged. */
public final class JmhResults {

    private static final String METRIC = "escapeIterations";
    /** JMH's gc profiler: bytes allocated per operation, normalised. */
    private static final String ALLOC = "gc.alloc.rate.norm";

    private final List<JmhRecord> records;
    private final ArrayNode merged;

    private JmhResults(List<JmhRecord> records, ArrayNode merged) {
        this.records = records;
        this.merged = merged;
    }

    /** Reads every {@code *.json} in {@code folder} (each a JMH result array), in name order. */
    public static JmhResults read(Path folder) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode merged = mapper.createArrayNode();
        List<JmhRecord> records = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode root = mapper.readTree(file.toFile());
            if (root == null || !root.isArray()) {
                throw new IOException(file + " is not a JMH result array");
            }
            for (JsonNode run : root) {
                merged.add(run);
                records.add(parse(run));
            }
        }
        return new JmhResults(Collections.unmodifiableList(records), merged);
    }

    private static JmhRecord parse(JsonNode run) {
        String fqcn = run.path("benchmark").asText();
        String[] parts = fqcn.split("\\.");
        String benchmark = parts.length >= 2 ? parts[parts.length - 2] : fqcn;
        Map<String, String> params = new LinkedHashMap<>();
        run.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        JsonNode primary = run.path("primaryMetric");
        JsonNode secondary = run.path("secondaryMetrics").path(METRIC);
        return new JmhRecord(benchmark, params, primary.path("score").asDouble(Double.NaN),
                number(primary.path("scoreError")), secondary.path("score").asDouble(Double.NaN),
                number(secondary.path("scoreError")), run.path("forks").asInt(), run.path("measurementIterations").asInt(),
                run.path("secondaryMetrics").path(ALLOC).path("score").asDouble(Double.NaN));
    }

    /** JMH writes "NaN" as a string when it cannot give an error. */
    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }

    public List<JmhRecord> all() {
        return records;
    }

    public ArrayNode mergedJson() {
        return merged;
    }

    public List<JmhRecord> of(String benchmark) {
        return records.stream().filter(r -> r.benchmark().equals(benchmark)).toList();
    }

    public Optional<JmhRecord> find(String benchmark, Predicate<JmhRecord> which) {
        return of(benchmark).stream().filter(which).findFirst();
    }

    /** A predicate matching parameters given as name, value, name, value, ... */
    public static Predicate<JmhRecord> where(String... nameValue) {
        return r -> {
            for (int i = 0; i < nameValue.length; i += 2) {
                if (!nameValue[i + 1].equals(r.params().get(nameValue[i]))) {
                    return false;
                }
            }
            return true;
        };
    }

    public boolean isEmpty() {
        return records.isEmpty();
    }
}
