package dev.mandel.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mandel.io.TraceLog;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import dev.mandel.session.Session;
import dev.mandel.session.Settings;
import dev.mandel.session.TaskRecord;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A --trace JSON file and a saved session hold one schema: the same Settings and TaskRecords. */
class TraceSchemaTest {

    @TempDir
    Path dir;

    @Test
    void aTraceFileReadsBackAsTheRecordsASessionEmbeds() throws IOException {
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
        TraceWriter.writeJson(file, new TraceWriter.Header(view, settings, 1000, 2000), log);

        JsonNode root = Json.MAPPER.readTree(file.toFile());
        assertEquals(settings, Json.MAPPER.treeToValue(root.get("settings"), Settings.class));
        assertEquals(view, Json.MAPPER.treeToValue(root.get("view"), Viewport.class));
        List<TaskRecord> tasks = Arrays.asList(Json.MAPPER.treeToValue(root.get("tasks"), TaskRecord[].class));
        assertEquals(TaskRecord.of(log), tasks);
        // A session of one frame holds the same records, strip 0.
        assertEquals(TaskRecord.of(top.trace()), Session.capture(top).trace());
        assertEquals(tasks.subList(0, top.trace().tasks()), Session.capture(top).trace());
    }
}
