package dev.mandel.json;

import dev.mandel.io.TraceLog;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import dev.mandel.session.Session;
import dev.mandel.session.Settings;
import dev.mandel.session.TaskRecord;
import dev.mandel.session.TraceRecord;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A --trace JSON file and a saved session's trace are one schema: both read back as a TraceRecord. */
class TraceSchemaTest {

    @TempDir
    Path dir;

    @Test
    void aTraceFileReadsBackAsTheRecordASessionEmbeds() throws IOException {
        Viewport view = Preset.CLASSROOM.view(40, 30);
        Frame top;
        Frame bottom;
        try (Renderer r = new Renderer(new ScalarKernel(), 2)) {
            RenderRequest whole = RenderRequest.of(view, 200).withSchedule(Schedule.FORKJOIN, 3);
            top = r.render(whole.withRows(0, 15));
            bottom = r.render(whole.withRows(15, 15));
        }
        TraceLog log = new TraceLog(2);
        log.add(0, top.trace());
        log.add(top.wallNanos(), bottom.trace());
        Settings settings = new Settings("scalar", Schedule.FORKJOIN, 2, 3, 200, 0, 30);
        Path file = dir.resolve("t.json");
        TraceWriter.write(file, view, settings, 1000, 2000, log);

        // The streamed file is exactly the record, field for field (strict reading: no field more or less).
        TraceRecord read = Json.MAPPER.readValue(file.toFile(), TraceRecord.class);
        TraceRecord expected = TraceRecord.of(view, settings, 1000, 2000, log);
        assertEquals(view, read.view());
        assertEquals(settings, read.settings());
        assertEquals(2, read.strips());
        assertEquals(expected.tasks(), read.tasks());
        assertEquals(TaskRecord.of(log), read.tasks());
        assertArrayEquals(log.busyNanosByWorker(), read.busyNanosByWorker());
        assertEquals(log.loadBalance(), read.loadBalance(), 1e-12);

        // A session embeds the same record under "trace": its JSON subtree reads back alike.
        Session session = Session.capture(top);
        Path saved = dir.resolve("s.json");
        SessionFile.save(saved, session);
        TraceRecord embedded = Json.MAPPER.treeToValue(Json.MAPPER.readTree(Files.readString(saved)).get("trace"),
                TraceRecord.class);
        assertEquals(TraceRecord.of(top).tasks(), embedded.tasks());
        assertEquals(read.tasks().subList(0, top.trace().tasks()), embedded.tasks());
        assertEquals(Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(TraceRecord.of(top))).fieldNames().next(),
                Json.MAPPER.readTree(file.toFile()).fieldNames().next());
    }
}
