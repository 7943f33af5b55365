package dev.mandel.json;

import dev.mandel.io.AtomicFile;
import dev.mandel.io.TraceLog;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.mandel.render.TaskTrace;
import dev.mandel.session.Settings;
import dev.mandel.view.Viewport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a render's task trace, one record per task: which rows, which worker, when (ns from the
 * start of the render) and how many iterations. CSV for spreadsheets and plotting; JSON (Jackson's
 * streaming generator, so a poster's many tasks never sit in memory twice) with the render's
 * settings and totals in front for tools that replay or compare schedules.
 */
public final class TraceWriter {

    public static final String CSV_HEADER = "strip,task,first_row,last_row,worker,start_ns,end_ns,iterations";

    /**
     * What was rendered and how, written at the top of a JSON trace: the view, the same
     * {@link Settings} a saved session holds, and what the render cost.
     */
    public record Header(Viewport view, Settings settings, long wallNanos, long iterations) {
    }

    private TraceWriter() {
    }

    /** Writes CSV or JSON, chosen by the file's extension ({@code .csv} or {@code .json}). */
    public static void write(Path target, Header settings, TraceLog log) throws IOException {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            writeCsv(target, log);
        } else if (name.endsWith(".json")) {
            writeJson(target, settings, log);
        } else {
            throw new IllegalArgumentException("trace file '" + target + "' must end in .csv or .json");
        }
    }

    public static void writeCsv(Path target, TraceLog log) throws IOException {
        AtomicFile.write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII));
            w.write(CSV_HEADER);
            w.write('\n');
            int strip = 0;
            for (TraceLog.Strip s : log.strips()) {
                TaskTrace t = s.trace();
                for (int task = 0; task < t.tasks(); task++) {
                    w.write(strip + "," + task + "," + t.firstRow(task) + "," + t.lastRow(task) + ","
                            + t.worker(task) + "," + (s.offsetNanos() + t.startNanos(task)) + ","
                            + (s.offsetNanos() + t.endNanos(task)) + "," + t.iterations(task) + "\n");
                }
                strip++;
            }
            w.flush();
        });
    }

    public static void writeJson(Path target, Header header, TraceLog log) throws IOException {
        JsonFactory factory = JsonFactory.builder().build();
        AtomicFile.write(target, out -> {
            try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                Viewport v = header.view();
                Settings settings = header.settings();
                g.writeObjectFieldStart("view");
                g.writeNumberField("xMin", v.xMin());
                g.writeNumberField("xMax", v.xMax());
                g.writeNumberField("yMin", v.yMin());
                g.writeNumberField("yMax", v.yMax());
                g.writeNumberField("width", v.width());
                g.writeNumberField("height", v.height());
                g.writeEndObject();
                g.writeNumberField("maxIter", settings.maxIter());
                g.writeStringField("kernel", settings.kernel());
                g.writeStringField("schedule", settings.schedule().id());
                g.writeNumberField("partitionFactor", settings.partitionFactor());
                g.writeNumberField("threads", settings.threads());
                g.writeNumberField("workers", log.workers());
                g.writeNumberField("strips", log.strips().size());
                g.writeNumberField("wallNanos", header.wallNanos());
                g.writeNumberField("iterations", header.iterations());
                g.writeNumberField("loadBalance", log.loadBalance());
                g.writeArrayFieldStart("busyNanosByWorker");
                for (long b : log.busyNanosByWorker()) {
                    g.writeNumber(b);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("tasks");
                int strip = 0;
                for (TraceLog.Strip s : log.strips()) {
                    TaskTrace t = s.trace();
                    for (int task = 0; task < t.tasks(); task++) {
                        g.writeStartObject();
                        g.writeNumberField("strip", strip);
                        g.writeNumberField("task", task);
                        g.writeNumberField("firstRow", t.firstRow(task));
                        g.writeNumberField("lastRow", t.lastRow(task));
                        g.writeNumberField("worker", t.worker(task));
                        g.writeNumberField("startNanos", s.offsetNanos() + t.startNanos(task));
                        g.writeNumberField("endNanos", s.offsetNanos() + t.endNanos(task));
                        g.writeNumberField("iterations", t.iterations(task));
                        g.writeEndObject();
                    }
                    strip++;
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }
}
