package dev.mandel.bench.report;

import dev.mandel.bench.Workload;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Properties;

/** The report as markdown: machine, suite, targets, every figure, and the charts. */
public final class MarkdownReport {

    private final Analysis a;
    private final Machine machine;
    private final Properties suite;
    private final List<String> charts;
    private final java.util.Optional<PhysicalLimit> physical;

    public MarkdownReport(Analysis analysis, Machine machine, Properties suite, List<String> charts) {
        this(analysis, machine, suite, charts, java.util.Optional.empty());
    }

    public MarkdownReport(Analysis analysis, Machine machine, Properties suite, List<String> charts,
                          java.util.Optional<PhysicalLimit> physical) {
        this.a = analysis;
        this.machine = machine;
        this.suite = suite;
        this.charts = charts;
        this.physical = physical;
    }

    /** The markdown, with chart links as {@code chartPrefix + name}. */
    public String render(String chartPrefix) {
        StringBuilder md = new StringBuilder();
        String name = suite.getProperty("suite", "custom");
        md.append("# Benchmark results: ").append(name).append(" suite, ")
                .append(suite.getProperty("started", "date unknown")).append("\n\n");
        machineSection(md);
        targets(md);
        hardware(md);
        for (Workload w : a.ladderWorkloads()) {
            ladder(md, w);
        }
        partition(md);
        scaling(md);
        concurrent(md);
        python(md);
        if (!charts.isEmpty()) {
            md.append("## Charts\n\n");
            for (String c : charts) {
                md.append("![").append(c.replace(".png", "")).append("](").append(chartPrefix).append(c).append(")\n\n");
            }
        }
        return md.toString();
    }

    /** Against the C yardstick (same frame, same run) and against the core's physical limit. */
    private void hardware(StringBuilder md) {
        YardstickSummary yardstick = new YardstickSummary(a.results());
        if (!yardstick.present() && physical.isEmpty()) {
            return;
        }
        md.append("## Against C and the hardware (mojo workload)\n\n");
        if (yardstick.present()) {
            md.append("Our renderer (calibrated interleave, over-partitioned) against a hand-written AVX-512 C kernel"
                    + " of the same semantics (`bench/native`: true FMA, 6 interleaved vectors, dynamic rows),"
                    + " measured in the same JMH run (`YardstickBenchmark`):\n\n").append(yardstick.table()).append('\n');
        }
        physical.ifPresent(p -> {
            double ours = yardstick.gips("java", 1).orElse(a.bestSequentialVector(Workload.MOJO).map(Rung::gips)
                    .orElse(Double.NaN));
            md.append(p.line(machine.vectorLanes(), ours)).append("\n\n");
        });
    }

    private void machineSection(StringBuilder md) {
        md.append("| machine | |\n| --- | --- |\n");
        row(md, "CPU", machine.cpu());
        row(md, "cores", Integer.toString(machine.cores()));
        row(md, "SIMD", machine.simd() + "; Vector API preferred species: " + machine.vectorLanes()
                + " doubles (" + machine.vectorBits() + " bits)");
        row(md, "JDK", machine.jdk());
        row(md, "OS", machine.os());
        row(md, "suite", name() + ": JMH " + suite.getProperty("jmhOptions", "(options not recorded)"));
        row(md, "command", "`" + suite.getProperty("command", "./mandelbrot bench " + name()) + "`");
        row(md, "commit", suite.getProperty("commit", "unknown"));
        row(md, "load average (1 min) at start / end", suite.getProperty("loadStart", "?") + " / "
                + suite.getProperty("loadEnd", "?") + " (above 0 means other processes shared the cores)");
        if (!suite.getProperty("stepLoads", "").isBlank()) {
            row(md, "load average as each JMH step started", suite.getProperty("stepLoads"));
        }
        if (suite.containsKey("elapsedSeconds")) {
            row(md, "wall time of the suite", suite.getProperty("elapsedSeconds") + " s");
        }
        md.append('\n');
        noiseWarning(md);
        md.append("Figures are JMH throughput scores: frames per second (shown as ms per frame) and the "
                + "`escapeIterations` secondary metric (escape iterations per second, the figure of merit; "
                + "G = 10^9). ± is JMH's 99.9% confidence half-width relative to the score (n/a with too "
                + "few samples). Speedups are ratios of iteration rates measured in the same run.\n\n");
    }

    /**
     * Says so when the numbers need care. Only the load average at the start counts as other
     * processes: by the end of a suite the load includes the benchmark's own worker threads. Wide
     * error bars (median above 20% of the score) get a note of their own: a quick suite takes few
     * samples per point, so single rungs wobble while ratios inside the run still compare.
     */
    private void noiseWarning(StringBuilder md) {
        double loadAtStart = load("loadStart");
        double[] errors = a.results().all().stream().mapToDouble(JmhRecord::errorPercent)
                .filter(Double::isFinite).sorted().toArray();
        double medianError = errors.length == 0 ? Double.NaN : errors[errors.length / 2];
        if (loadAtStart > 0.5 * machine.cores()) {
            md.append(String.format(Locale.ROOT, "**Busy machine:** the load average was %.1f on %d cores when the"
                    + " suite started, so other processes shared the CPUs (the 1-minute average also still counts"
                    + " work that ended shortly before). Re-run on an idle machine (`%s`) before quoting absolute"
                    + " figures.\n\n", loadAtStart, machine.cores(), suite.getProperty("command", "./mandelbrot bench quick")));
        }
        if (medianError > 20) {
            md.append(String.format(Locale.ROOT, "**Wide error bars:** the median error bar is %.0f%% of the score."
                    + " Compare ratios inside this run rather than single rungs, and use `./mandelbrot bench full`"
                    + " (more forks and iterations) for figures to publish.\n\n", medianError));
        }
    }

    private double load(String key) {
        try {
            return Double.parseDouble(suite.getProperty(key, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String name() {
        return suite.getProperty("suite", "custom");
    }

    private void targets(StringBuilder md) {
        md.append("## Targets (mojo workload)\n\n| target | goal | measured | verdict | from |\n| --- | ---: | ---: | --- | --- |\n");
        for (Analysis.Target t : a.targets()) {
            String verdict;
            if (!Double.isFinite(t.measured())) {
                verdict = "not measured";
            } else if (t.met()) {
                verdict = "met";
            } else {
                verdict = String.format(Locale.ROOT, "missed by %.0f%%", 100 * (1 - t.measured() / t.target()));
            }
            md.append("| ").append(t.what()).append(" | ").append(num(t.target())).append(' ').append(t.unit())
                    .append(" | ").append(num(t.measured())).append(' ').append(t.unit()).append(" | ")
                    .append(verdict).append(" | ").append(t.from()).append(" |\n");
        }
        md.append('\n');
    }

    private void ladder(StringBuilder md, Workload w) {
        List<Rung> rungs = a.ladder(w);
        double perFrame = rungs.getFirst().record().iterationsPerSecond() / rungs.getFirst().record().opsPerSecond();
        md.append("## Ladder: ").append(w.id()).append(" (").append(w.describe()).append(")\n\n");
        md.append(String.format(Locale.ROOT, "%,.0f escape iterations per frame.", perFrame));
        boolean python = w == Workload.MOJO && a.python().isPresent();
        if (python) {
            md.append(" CPython column: extrapolated from Python's ns per iteration on a row sample of this frame"
                    + " (see the CPython section).");
        }
        boolean alloc = rungs.stream().anyMatch(r -> Double.isFinite(r.record().allocBytesPerOp()));
        md.append("\n\n| rung | ms / frame | ± | G it/s | x scalar |").append(python ? " x CPython |" : "")
                .append(alloc ? " MB allocated / frame |" : "")
                .append("\n| --- | ---: | ---: | ---: | ---: |").append(python ? " ---: |" : "").append(alloc ? " ---: |" : "")
                .append('\n');
        for (Rung r : rungs) {
            md.append("| ").append(r.label()).append(" | ").append(num(r.msPerFrame())).append(" | ")
                    .append(pct(r.record().errorPercent())).append(" | ").append(num(r.gips())).append(" | ")
                    .append(times(a.overScalar(w, r))).append(" |");
            if (python) {
                md.append(' ').append(times(a.overPython(r))).append(" |");
            }
            if (alloc) {
                md.append(' ').append(num(r.record().allocBytesPerOp() / 1e6)).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
        if (alloc) {
            allocationWarnings(md, w, rungs);
        }
    }

    /**
     * A frame needs its own arrays (4 bytes of counts per pixel, 8 per row of totals, a small trace),
     * a few megabytes against hundreds of millions of escape iterations. A rung that allocates a byte
     * or more per escape iteration beyond that is boxing vectors inside its iteration loop: the JIT
     * did not keep them in registers, and the rung measures the allocator more than the arithmetic.
     * Boxing once per block (at a non-inlined call after the loop) costs far less and is only noted.
     */
    private static void allocationWarnings(StringBuilder md, Workload w, List<Rung> rungs) {
        double frameBytes = (double) w.view().width() * w.view().height() * Integer.BYTES;
        for (Rung r : rungs) {
            double bytes = r.record().allocBytesPerOp();
            double iterations = r.record().iterationsPerSecond() / r.record().opsPerSecond();
            if (!Double.isFinite(bytes) || !(iterations > 0)) {
                continue;
            }
            double extraPerIteration = (bytes - frameBytes) / iterations;
            if (extraPerIteration >= 1) {
                md.append(String.format(Locale.ROOT, "**%s allocates %,.0f MB per frame** (%.1f bytes per escape"
                                + " iteration beyond the frame's own %.1f MB): its iteration loop boxes vectors (the JIT"
                                + " did not intrinsify every Vector API call), so this rung measures allocation, not"
                                + " arithmetic.%n%n",
                        r.label(), bytes / 1e6, extraPerIteration, frameBytes / 1e6));
            } else if (bytes > 2 * frameBytes) {
                md.append(String.format(Locale.ROOT, "Note: %s allocates %.1f MB per frame against the frame's own"
                                + " %.1f MB (%.3f bytes per escape iteration): vectors boxed once per block, outside"
                                + " the iteration loop; cheap, but a sign of a call the JIT did not inline.%n%n",
                        r.label(), bytes / 1e6, frameBytes / 1e6, extraPerIteration));
            }
        }
    }

    private void partition(StringBuilder md) {
        StringBuilder body = new StringBuilder();
        for (Workload w : a.ladderWorkloads()) {
            var base = a.rung(w, "static");
            if (base.isEmpty()) {
                continue;
            }
            for (Rung r : a.ladder(w)) {
                if (r.id().startsWith("fj") || r.id().equals("row")) {
                    body.append("| ").append(w.id()).append(" | ").append(r.id()).append(" | ")
                            .append(num(a.factorOf(w, r.id()))).append(" | ").append(num(r.gips() / base.get().gips()))
                            .append("x |\n");
                }
            }
        }
        if (!body.isEmpty()) {
            md.append("## Over-partitioning: speedup over static bands (").append(a.cores()).append(" threads)\n\n")
                    .append("| workload | schedule | tasks per worker | speedup over static |\n| --- | --- | ---: | ---: |\n")
                    .append(body).append('\n');
        }
    }

    private void scaling(StringBuilder md) {
        List<String> schedules = a.scalingSchedules();
        if (schedules.isEmpty()) {
            return;
        }
        md.append("## Thread scaling on mojo (vector kernel, ").append(a.cores()).append(" cores)\n\n| threads |");
        for (String s : schedules) {
            md.append(' ').append(s).append(" G it/s | ").append(s).append(" ms / frame |");
        }
        md.append("\n| ---: |").append(" ---: | ---: |".repeat(schedules.size())).append('\n');
        List<JmhRecord> first = a.scaling(schedules.getFirst());
        for (JmhRecord r0 : first) {
            String t = r0.param("threads");
            md.append("| ").append(t).append(" |");
            for (String s : schedules) {
                a.scaling(s).stream().filter(r -> r.param("threads").equals(t)).findFirst().ifPresentOrElse(
                        r -> md.append(' ').append(num(r.gips())).append(" | ").append(num(1000 / r.opsPerSecond())).append(" |"),
                        () -> md.append(" | |"));
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private void concurrent(StringBuilder md) {
        List<JmhRecord> own = a.concurrent("own");
        List<JmhRecord> shared = a.concurrent("shared");
        if (own.isEmpty() && shared.isEmpty()) {
            return;
        }
        OptionalDouble one = a.oneRenderGips();
        md.append("## Concurrent renders of mojo (K frames in flight, ").append(a.cores()).append(" threads per renderer)\n\n")
                .append("`own`: a renderer (pool of ").append(a.cores()).append(" workers) per frame, K x ").append(a.cores())
                .append(" threads in all; `shared`: one renderer runs all K frames.\n\n")
                .append("| K | pools | frames / s | G it/s | vs one render |\n| ---: | --- | ---: | ---: | ---: |\n");
        for (List<JmhRecord> list : List.of(own, shared)) {
            for (JmhRecord r : list) {
                int k = Integer.parseInt(r.param("k"));
                md.append("| ").append(k).append(" | ").append(r.param("pools")).append(" | ")
                        .append(num(k * r.opsPerSecond())).append(" | ").append(num(r.gips())).append(" | ")
                        .append(one.isPresent() ? num(r.gips() / one.getAsDouble()) + "x" : "n/a").append(" |\n");
            }
        }
        md.append('\n');
    }

    private void python(StringBuilder md) {
        if (a.python().isEmpty()) {
            md.append("## CPython baseline\n\nNot run in this suite.\n\n");
            return;
        }
        PythonBaseline p = a.python().get();
        md.append("## CPython baseline\n\n");
        md.append(String.format(Locale.ROOT,
                "`bench/python/mandelbrot.py` (%s, plain CPython, no numpy) timed %d rows of %s (every %dth row, "
                        + "%,d pixels, %,d escape iterations) in %.3f s, best of %d: **%.1f ns per iteration** "
                        + "(%.4f G it/s). Arithmetic: %s.\n\n",
                p.python(), p.rowsTimed().size(), p.preset(), stride(p), p.pixelsTimed(), p.iterations(), p.bestSeconds(),
                p.repeats(), p.nsPerIteration(), p.gips(), p.arithmetic()));
        md.append(String.format(Locale.ROOT,
                "Speedups over CPython are **extrapolated**: Python's ns per iteration on that row sample times the "
                        + "whole frame's iterations, i.e. the ratio of iteration rates. Python was not run on the whole "
                        + "frame (it would take about %.0f s).\n\n",
                p.nsPerIteration() * framesIterations() / 1e9));
        md.append(String.format(Locale.ROOT,
                "Agreement with the Java scalar kernel on the timed rows: %,d of %,d pixels differ (%.4f%%).",
                p.mismatches(), p.pixelsTimed(), 100.0 * p.mismatches() / Math.max(1, p.pixelsTimed())));
        if (!p.exactRows().isEmpty()) {
            md.append(String.format(Locale.ROOT,
                    " Recomputed with a correctly rounded fma in Python (%s) on rows %s: %,d of %,d pixels differ.",
                    p.exactMethod(), p.exactRows(), p.exactMismatches(), p.exactPixels()));
            if (p.exactMismatches() == 0 && p.mismatches() > 0) {
                md.append(" So the timed loop's differences come from its two roundings per fma alone; the"
                        + " semantics are the same.");
            }
        }
        md.append("\n\n");
    }

    private double framesIterations() {
        return a.rung(Workload.MOJO, "scalar").or(() -> a.ladder(Workload.MOJO).stream().findFirst())
                .map(r -> r.record().iterationsPerSecond() / r.record().opsPerSecond()).orElse(Double.NaN);
    }

    private static int stride(PythonBaseline p) {
        return p.rowsTimed().size() > 1 ? p.rowsTimed().get(1) - p.rowsTimed().get(0) : 1;
    }

    private static void row(StringBuilder md, String k, String v) {
        md.append("| ").append(k).append(" | ").append(v).append(" |\n");
    }

    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        double abs = Math.abs(v);
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", v) : "n/a";
    }

    private static String times(OptionalDouble v) {
        return v.isPresent() ? num(v.getAsDouble()) + "x" : "";
    }
}
