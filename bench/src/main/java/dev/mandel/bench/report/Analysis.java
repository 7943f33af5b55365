package dev.mandel.bench.report;

import dev.mandel.bench.ScheduleSpec;
import dev.mandel.bench.Workload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static dev.mandel.bench.report.JmhResults.where;

/**
 * The figures the report shows, derived from the JMH results: the ladder per workload, speedups over
 * the scalar kernel, over the static split and over CPython, and the targets.
 */
public final class Analysis {

    static final String KERNELS = "KernelLadderBenchmark";
    static final String PARTITIONS = "PartitionLadderBenchmark";
    static final String SCALING = "ThreadScalingBenchmark";
    static final String CONCURRENT = "ConcurrentRendersBenchmark";

    private static final String[] KERNEL_ORDER = {"scalar", "vector1", "vector2", "vector4"};
    private static final String[] SCHEDULE_ORDER = {"static", "fj1", "fj2", "fj4", "fj8", "fj16", "fj32", "row"};

    /** The targets on the mojo workload. */
    static final double TARGET_SINGLE_CORE_GIPS = 4.6;
    static final double TARGET_ALL_CORES_GIPS = 9.5;
    static final double TARGET_VECTOR_OVER_SCALAR = 5.0;
    static final double TARGET_OVER_PYTHON = 1000.0;

    private final JmhResults results;
    private final int cores;
    private final PythonBaseline python;

    public Analysis(JmhResults results, int cores, PythonBaseline python) {
        this.results = results;
        this.cores = cores;
        this.python = python;
    }

    public int cores() {
        return cores;
    }

    public Optional<PythonBaseline> python() {
        return Optional.ofNullable(python);
    }

    public JmhResults results() {
        return results;
    }

    /** Workloads with any ladder result, in the Workload enum's order. */
    public List<Workload> ladderWorkloads() {
        List<Workload> out = new ArrayList<>();
        for (Workload w : Workload.values()) {
            if (!ladder(w).isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Sequential kernels, then every-core schedules, for one workload (rungs that were not run are skipped). */
    public List<Rung> ladder(Workload w) {
        List<Rung> rungs = new ArrayList<>();
        for (String k : KERNEL_ORDER) {
            results.find(KERNELS, where("workload", w.id(), "kernel", k))
                    .ifPresent(r -> rungs.add(new Rung(k, kernelLabel(k), r)));
        }
        for (String s : SCHEDULE_ORDER) {
            results.find(PARTITIONS, where("workload", w.id(), "schedule", s, "threads", "0"))
                    .ifPresent(r -> rungs.add(new Rung(s, scheduleLabel(w, s), r)));
        }
        return rungs;
    }

    private static String kernelLabel(String k) {
        return k.equals("scalar") ? "scalar, 1 thread"
                : "vector, interleave " + k.substring("vector".length()) + ", 1 thread";
    }

    private String scheduleLabel(Workload w, String s) {
        ScheduleSpec spec = ScheduleSpec.parse(s, w.view().height(), cores);
        int tasks = spec.schedule().taskCount(w.view().height(), cores, spec.factor());
        return switch (s) {
            case "static" -> "vector, static bands, " + cores + " threads";
            case "row" -> "vector, ForkJoin one task per row (" + tasks + " tasks), " + cores + " threads";
            default -> "vector, ForkJoin factor " + spec.factor() + " (" + tasks + " tasks), " + cores + " threads";
        };
    }

    /** Tasks per worker of a schedule id, for the partition chart's x axis. */
    public double factorOf(Workload w, String scheduleId) {
        ScheduleSpec spec = ScheduleSpec.parse(scheduleId, w.view().height(), cores);
        return (double) spec.schedule().taskCount(w.view().height(), cores, spec.factor()) / cores;
    }

    public Optional<Rung> rung(Workload w, String id) {
        return ladder(w).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Speedup of a rung over the scalar kernel on the same workload. */
    public OptionalDouble overScalar(Workload w, Rung rung) {
        return rung(w, "scalar").map(s -> OptionalDouble.of(rung.gips() / s.gips())).orElse(OptionalDouble.empty());
    }

    /** Speedup over CPython: Python's ns/iteration measured on a slice of mojo, extrapolated to the frame. */
    public OptionalDouble overPython(Rung rung) {
        return python == null ? OptionalDouble.empty() : OptionalDouble.of(rung.gips() / python.gips());
    }

    public Optional<Rung> bestSequentialVector(Workload w) {
        return ladder(w).stream().filter(r -> r.id().startsWith("vector")).max(Comparator.comparingDouble(Rung::gips));
    }

    public Optional<Rung> bestParallel(Workload w) {
        return ladder(w).stream().filter(r -> r.record().benchmark().equals(PARTITIONS))
                .max(Comparator.comparingDouble(Rung::gips));
    }

    /** A target, the value measured for it (NaN if not run) and what was measured. */
    public record Target(String what, double target, double measured, String unit, String from) {
        public boolean met() {
            return measured >= target;
        }
    }

    public List<Target> targets() {
        Workload m = Workload.MOJO;
        List<Target> out = new ArrayList<>();
        Optional<Rung> seq = bestSequentialVector(m);
        Optional<Rung> par = bestParallel(m);
        Optional<Rung> scalar = rung(m, "scalar");
        out.add(new Target("single-core vector", TARGET_SINGLE_CORE_GIPS, seq.map(Rung::gips).orElse(Double.NaN),
                "G it/s", seq.map(Rung::label).orElse("not run")));
        out.add(new Target("all " + cores + " cores", TARGET_ALL_CORES_GIPS, par.map(Rung::gips).orElse(Double.NaN),
                "G it/s", par.map(Rung::label).orElse("not run")));
        out.add(new Target("vector over scalar (1 thread)", TARGET_VECTOR_OVER_SCALAR,
                seq.isPresent() && scalar.isPresent() ? seq.get().gips() / scalar.get().gips() : Double.NaN, "x",
                seq.map(r -> r.id() + " / scalar").orElse("not run")));
        out.add(new Target("over CPython (extrapolated)", TARGET_OVER_PYTHON,
                par.isPresent() && python != null ? par.get().gips() / python.gips() : Double.NaN, "x",
                par.map(r -> r.id() + " / CPython").orElse("not run")));
        return out;
    }

    public List<JmhRecord> scaling(String schedule) {
        return results.of(SCALING).stream().filter(where("schedule", schedule, "workload", "mojo"))
                .sorted(Comparator.comparingInt(r -> Integer.parseInt(r.param("threads")))).toList();
    }

    public List<String> scalingSchedules() {
        return results.of(SCALING).stream().map(r -> r.param("schedule")).distinct().toList();
    }

    public List<JmhRecord> concurrent(String pools) {
        return results.of(CONCURRENT).stream().filter(where("pools", pools))
                .sorted(Comparator.comparingInt(r -> Integer.parseInt(r.param("k")))).toList();
    }

    /** Throughput of one render alone: K = 1 on its own renderer (shared is the same thing at K = 1). */
    public OptionalDouble oneRenderGips() {
        return results.find(CONCURRENT, where("k", "1", "pools", "own"))
                .or(() -> results.find(CONCURRENT, where("k", "1")))
                .map(r -> OptionalDouble.of(r.gips())).orElse(OptionalDouble.empty());
    }
}
