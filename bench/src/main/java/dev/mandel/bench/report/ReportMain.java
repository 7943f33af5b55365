package dev.mandel.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mandel.io.AtomicFile;
import dev.mandel.session.Machine;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
@Command(name = "ReportMain", description = "Writes the report and charts of one benchmark run.")
public final class ReportMain {

    @Parameters(index = "0", paramLabel = "DIR", description = "The run's results folder (with jmh/).")
    Path dir;

    @Option(names = "--latest", paramLabel = "FILE.md", description = "Also copy the report here.")
    Path latest;

    @Option(names = "--docs", paramLabel = "DIR", description = "Also copy the charts here.")
    Path docs;

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException | CommandLine.ParameterException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(String... args) throws IOException {
        ReportMain options = new ReportMain();
        new CommandLine(options).parseArgs(args);
        if ((options.latest == null) != (options.docs == null)) {
            throw new IllegalArgumentException("--latest and --docs go together");
        }
        return options.write();
    }

    private int write() throws IOException {
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
        String caption = machine.cpu() + ", " + machine.cores() + " cores, " + Machine.simdOfThisMachine() + " ("
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
