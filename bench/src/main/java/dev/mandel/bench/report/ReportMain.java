package dev.mandel.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mandel.io.AtomicFile;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;

/**
 * Writes a suite's report from its results folder:
 * {@code <dir>/jmh/*.json} (JMH results), {@code <dir>/python.json} (optional CPython baseline),
 * {@code <dir>/physical.properties} (optional: clock and FMA pipes measured by the C yardstick) and
 * {@code <dir>/suite.properties} (what was run) in; {@code jmh.json} (all JMH results merged),
 * {@code report.md} and the {@code bench-*.png} charts out.
 *
 * <p>Usage: {@code ReportMain <dir> [--latest <markdown file> --docs <folder>]}: with {@code --latest}
 * the report is also written there, its charts copied to {@code --docs} and linked from there.
 */
public final class ReportMain {

    private ReportMain() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(String... args) throws IOException {
        if (args.length != 1 && args.length != 5) {
            throw new IllegalArgumentException("usage: ReportMain <results dir> [--latest <file.md> --docs <dir>]");
        }
        Path dir = Path.of(args[0]);
        Path latest = null;
        Path docs = null;
        if (args.length == 5) {
            if (!args[1].equals("--latest") || !args[3].equals("--docs")) {
                throw new IllegalArgumentException("expected --latest <file.md> --docs <dir>, got " + String.join(" ", args));
            }
            latest = Path.of(args[2]);
            docs = Path.of(args[4]);
        }
        Path jmhDir = dir.resolve("jmh");
        if (!Files.isDirectory(jmhDir)) {
            throw new IllegalArgumentException("no JMH results in " + jmhDir);
        }
        JmhResults results = JmhResults.read(jmhDir);
        if (results.isEmpty()) {
            throw new IllegalArgumentException("the JMH results in " + jmhDir + " are empty");
        }
        Path pythonJson = dir.resolve("python.json");
        PythonBaseline python = Files.exists(pythonJson) ? PythonBaseline.read(pythonJson) : null;
        Properties suite = new Properties();
        Path props = dir.resolve("suite.properties");
        if (Files.exists(props)) {
            try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
                suite.load(r);
            }
        }
        Machine machine = Machine.current();
        Analysis analysis = new Analysis(results, Integer.parseInt(suite.getProperty("cores",
                Integer.toString(machine.cores()))), python);

        AtomicFile.write(dir.resolve("jmh.json"),
                out -> new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out, results.mergedJson()));
        String caption = machine.cpu() + ", " + machine.cores() + " cores, " + machine.simd() + " ("
                + machine.vectorLanes() + " doubles per vector), JDK " + Runtime.version().feature() + "; "
                + suite.getProperty("suite", "custom") + " suite, " + suite.getProperty("started", "");
        List<String> charts = new Charts(analysis, caption).writeAll(dir);
        MarkdownReport report = new MarkdownReport(analysis, machine, suite, charts, PhysicalLimit.read(dir));
        writeText(dir.resolve("report.md"), report.render(""));
        System.out.println("report: " + dir.resolve("report.md") + " (" + charts.size() + " charts)");
        if (latest != null) {
            Files.createDirectories(docs);
            for (String c : charts) {
                Files.copy(dir.resolve(c), docs.resolve(c), StandardCopyOption.REPLACE_EXISTING);
            }
            Path parent = latest.toAbsolutePath().getParent();
            String prefix = parent.relativize(docs.toAbsolutePath()).toString().replace('\\', '/') + "/";
            writeText(latest, report.render(prefix));
            System.out.println("latest: " + latest + ", charts copied to " + docs);
        }
        for (Analysis.Target t : analysis.targets()) {
            System.out.printf(java.util.Locale.ROOT, "  %-32s goal %8s %-6s measured %8s %s%n", t.what(),
                    MarkdownReport.num(t.target()), t.unit(), MarkdownReport.num(t.measured()),
                    Double.isFinite(t.measured()) ? (t.met() ? "met" : "MISSED") : "not measured");
        }
        return 0;
    }

    private static void writeText(Path file, String text) throws IOException {
        AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
