package dev.mandel.json;

import dev.mandel.io.AtomicFile;
import dev.mandel.io.TraceLog;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.mandel.render.LoadBalance;
import dev.mandel.render.TaskTrace;
import dev.mandel.session.Settings;
import dev.mandel.session.TaskRecord;
import dev.mandel.session.TraceRecord;
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
 * start of the render) and how many iterations. CSV for spreadsheets and plotting; JSON in the one
 * trace schema, {@link TraceRecord}, which a saved session embeds as its {@code trace}. The JSON is
 * streamed task by task, so a poster's many tasks never sit in memory twice.
 */
public final class TraceWriter {

    public static final String CSV_HEADER = "strip,task,first_row,last_row,worker,start_ns,end_ns,iterations";

    private TraceWriter() {
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

    /**
     * Writes the trace of a render of {@code view} with {@code settings} to a stream (one output of a
     * command's transaction), as JSON or CSV.
     */
    public static void write(OutputStream out, boolean json, Viewport view, Settings settings, long wallNanos,
                             long iterations, TraceLog log) throws IOException {
        if (json) {
            writeJson(out, view, settings, wallNanos, iterations, log);
        } else {
            writeCsv(out, log);
        }
    }

    /** As {@link #write(OutputStream, boolean, Viewport, Settings, long, long, TraceLog)}, atomically to a file. */
    public static void write(Path target, Viewport view, Settings settings, long wallNanos, long iterations,
                             TraceLog log) throws IOException {
        boolean json = isJson(target);
        AtomicFile.write(target, out -> write(out, json, view, settings, wallNanos, iterations, log));
    }

    private static void writeCsv(OutputStream out, TraceLog log) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII));
        w.write(CSV_HEADER);
        w.write('\n');
        forEachTask(log, t -> w.write(t.strip() + "," + t.task() + "," + t.firstRow() + "," + t.lastRow() + ","
                + t.worker() + "," + t.startNanos() + "," + t.endNanos() + "," + t.iterations() + "\n"));
        w.flush();
    }

    /** The fields of {@link TraceRecord}, in its order, with the tasks streamed one at a time. */
    private static void writeJson(OutputStream out, Viewport view, Settings settings, long wallNanos, long iterations,
                                  TraceLog log) throws IOException {
        long[] busy = log.busyNanosByWorker();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectField("view", view);
            g.writeObjectField("settings", settings);
            g.writeNumberField("workers", log.workers());
            g.writeNumberField("strips", Math.max(1, log.strips().size()));
            g.writeNumberField("wallNanos", wallNanos);
            g.writeNumberField("iterations", iterations);
            g.writeNumberField("loadBalance", LoadBalance.of(busy, log.workers()));
            g.writeArrayFieldStart("busyNanosByWorker");
            for (long b : busy) {
                g.writeNumber(b);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("tasks");
            forEachTask(log, g::writeObject);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private interface TaskSink {
        void accept(TaskRecord task) throws IOException;
    }

    /** The log's tasks as records, one at a time, with times from the start of the render. */
    private static void forEachTask(TraceLog log, TaskSink sink) throws IOException {
        int strip = 0;
        for (TraceLog.Strip s : log.strips()) {
            TaskTrace t = s.trace();
            for (int task = 0; task < t.tasks(); task++) {
                sink.accept(new TaskRecord(strip, task, t.firstRow(task), t.lastRow(task), t.worker(task),
                        s.offsetNanos() + t.startNanos(task), s.offsetNanos() + t.endNanos(task), t.iterations(task)));
            }
            strip++;
        }
    }
}
