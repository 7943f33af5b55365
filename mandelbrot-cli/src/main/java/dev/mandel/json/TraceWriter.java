package dev.mandel.json;

import dev.mandel.io.AtomicFile;
import dev.mandel.io.TraceLog;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.mandel.render.TaskTrace;
import dev.mandel.view.Viewport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
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

    /** What was rendered and how, written at the top of a JSON trace. */
    public record Settings(Viewport view, int maxIter, String kernel, String schedule, int partitionFactor,
                           int threads, long wallNanos, long iterations) {
    }

    private TraceWriter() {
    }

    /** Writes CSV or JSON, chosen by the file's extension ({@code .csv} or {@code .json}). */
    public static void write(Path target, Settings settings, TraceLog log) throws IOException {
        boolean json = isJson(target);
        AtomicFile.write(target, out -> write(out, json, settings, log));
    }

    /** Whether a trace at {@code target} is JSON ({@code .json}) rather than CSV ({@code .csv}). */
    public static boolean isJson(Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return false;
        } else if (name.endsWith(".json")) {
            return true;
        }
        throw new IllegalArgumentException("trace file '" + target + "' must end in .csv or .json");
    }

    /** Writes the trace to a stream (one output of a command's transaction). */
    public static void write(OutputStream out, boolean json, Settings settings, TraceLog log) throws IOException {
        if (json) {
            writeJson(out, settings, log);
        } else {
            writeCsv(out, log);
        }
    }

    public static void writeCsv(Path target, TraceLog log) throws IOException {
        AtomicFile.write(target, out -> writeCsv(out, log));
    }

    public static void writeJson(Path target, Settings settings, TraceLog log) throws IOException {
        AtomicFile.write(target, out -> writeJson(out, settings, log));
    }

    private static void writeCsv(OutputStream out, TraceLog log) throws IOException {
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
    }

    private static void writeJson(OutputStream out, Settings settings, TraceLog log) throws IOException {
        JsonFactory factory = JsonFactory.builder().build();
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            Viewport v = settings.view();
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
            g.writeStringField("schedule", settings.schedule());
            g.writeNumberField("partitionFactor", settings.partitionFactor());
            g.writeNumberField("threads", settings.threads());
            g.writeNumberField("workers", log.workers());
            g.writeNumberField("strips", log.strips().size());
            g.writeNumberField("wallNanos", settings.wallNanos());
            g.writeNumberField("iterations", settings.iterations());
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
    }
}
