package dev.mandel.json;

import dev.mandel.io.AtomicFile;
import dev.mandel.io.TraceLog;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.mandel.render.TaskTrace;
import dev.mandel.session.Settings;
import dev.mandel.session.TaskRecord;
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
 * streaming generator) with the render's settings and totals in front, in the schema sessions use.
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

    /**
     * The JSON trace: the view and the {@link Settings} a session holds, what the render cost, and
     * every task as the {@link TaskRecord} a session embeds (one schema for both).
     */
    public static void writeJson(Path target, Header header, TraceLog log) throws IOException {
        AtomicFile.write(target, out -> {
            try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeObjectField("view", header.view());
                g.writeObjectField("settings", header.settings());
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
                // One strip at a time, so a poster's many tasks never sit in memory twice.
                int strip = 0;
                for (TraceLog.Strip s : log.strips()) {
                    TaskTrace t = s.trace();
                    for (int task = 0; task < t.tasks(); task++) {
                        g.writeObject(new TaskRecord(strip, task, t.firstRow(task), t.lastRow(task), t.worker(task),
                                s.offsetNanos() + t.startNanos(task), s.offsetNanos() + t.endNanos(task),
                                t.iterations(task)));
                    }
                    strip++;
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }
}
