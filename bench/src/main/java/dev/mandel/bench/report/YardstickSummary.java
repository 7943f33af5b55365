package dev.mandel.bench.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Our renderer against the C yardstick ({@code YardstickBenchmark}), from one JMH run: escape
 * iterations per second at each thread count, ours / C, and each side's scaling from 1 to 2 threads.
 */
public final class YardstickSummary {

    static final String BENCHMARK = "YardstickBenchmark";

    private final JmhResults results;

    public YardstickSummary(JmhResults results) {
        this.results = results;
    }

    public boolean present() {
        return !results.of(BENCHMARK).isEmpty();
    }

    public OptionalDouble gips(String impl, int threads) {
        Optional<JmhRecord> r = results.find(BENCHMARK, JmhResults.where("impl", impl, "threads", Integer.toString(threads)));
        return r.map(x -> OptionalDouble.of(x.gips())).orElse(OptionalDouble.empty());
    }

    /** A markdown table; empty when the run had no yardstick results. */
    public String table() {
        if (!present()) {
            return "";
        }
        StringBuilder md = new StringBuilder("| | ours, G it/s | C, G it/s | ours / C |\n| --- | ---: | ---: | ---: |\n");
        for (int t : new int[] {1, 2}) {
            OptionalDouble ours = gips("java", t);
            OptionalDouble c = gips("c", t);
            md.append(String.format(Locale.ROOT, "| %d thread%s | %s | %s | %s |%n", t, t == 1 ? "" : "s", num(ours), num(c),
                    ours.isPresent() && c.isPresent() ? String.format(Locale.ROOT, "%.3f", ours.getAsDouble() / c.getAsDouble()) : "n/a"));
        }
        md.append(String.format(Locale.ROOT, "| 2 threads / 1 thread | %s | %s | |%n", ratio(gips("java", 2), gips("java", 1)),
                ratio(gips("c", 2), gips("c", 1))));
        for (int t : new int[] {1, 2}) {
            double[] paired = pairedRatios(t);
            if (paired.length > 0) {
                double[] sorted = paired.clone();
                Arrays.sort(sorted);
                md.append(String.format(Locale.ROOT,
                        "| %d thread%s, paired frames (median of %d iterations, range %.3f-%.3f) | | | %.3f |%n", t,
                        t == 1 ? "" : "s", sorted.length, sorted[0], sorted[sorted.length - 1], median(sorted)));
            }
        }
        return md.toString();
    }

    /**
     * Ours / C of each measurement iteration of the {@code impl = pair} trial at {@code threads}: C's
     * summed frame time over ours (the same frames, rendered alternately); empty without that trial.
     */
    public double[] pairedRatios(int threads) {
        for (JsonNode run : results.mergedJson()) {
            String name = run.path("benchmark").asText();
            JsonNode params = run.path("params");
            if (name.endsWith(BENCHMARK + ".render") && params.path("impl").asText().equals("pair")
                    && params.path("threads").asText().equals(Integer.toString(threads))) {
                List<Double> ratios = new ArrayList<>();
                JsonNode ours = run.path("secondaryMetrics").path("oursNanos").path("rawData");
                JsonNode c = run.path("secondaryMetrics").path("cNanos").path("rawData");
                for (int fork = 0; fork < ours.size(); fork++) {
                    for (int i = 0; i < ours.get(fork).size(); i++) {
                        double o = ours.get(fork).get(i).asDouble();
                        if (o > 0) {
                            ratios.add(c.get(fork).get(i).asDouble() / o);
                        }
                    }
                }
                return ratios.stream().mapToDouble(Double::doubleValue).toArray();
            }
        }
        return new double[0];
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String num(OptionalDouble d) {
        return d.isPresent() ? String.format(Locale.ROOT, "%.2f", d.getAsDouble()) : "n/a";
    }

    private static String ratio(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() && b.isPresent() ? String.format(Locale.ROOT, "%.3f", a.getAsDouble() / b.getAsDouble()) : "n/a";
    }

    /** Prints the table for a folder of JMH results: {@code YardstickSummary <jmh dir> [<results dir>]}. */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: YardstickSummary <folder of JMH json> [<folder with physical.properties>]");
            System.exit(2);
        }
        YardstickSummary s = new YardstickSummary(JmhResults.read(java.nio.file.Path.of(args[0])));
        System.out.print(s.table());
        if (args.length == 2) {
            Optional<PhysicalLimit> limit = PhysicalLimit.read(java.nio.file.Path.of(args[1]));
            limit.ifPresent(l -> System.out.println("\n" + l.line(dev.mandel.kernel.KernelProvider.vectorLanes(),
                    s.gips("java", 1).orElse(Double.NaN))));
        }
    }
}
