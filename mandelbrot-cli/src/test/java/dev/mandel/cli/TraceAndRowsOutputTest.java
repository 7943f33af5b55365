package dev.mandel.cli;

import dev.mandel.io.TraceLog;
import dev.mandel.io.RowTotalsCsv;
import dev.mandel.json.TraceWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.render.TaskTrace;
import dev.mandel.schedule.Schedule;
import dev.mandel.session.Settings;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TraceAndRowsOutputTest {

    private static final Viewport VIEW = Preset.CLASSROOM.view(48, 40);
    private static Frame top;
    private static Frame bottom;

    @TempDir
    Path dir;

    /** A view rendered as two strips, as a poster would be. */
    @BeforeAll
    static void render() {
        try (Renderer renderer = new Renderer(new ScalarKernel(), 2)) {
            RenderRequest whole = RenderRequest.of(VIEW, 200);
            top = renderer.render(whole.withRows(0, 25));
            bottom = renderer.render(whole.withRows(25, 15));
        }
    }

    private static TraceLog log() {
        TraceLog log = new TraceLog(2);
        log.add(0, top.trace());
        log.add(top.wallNanos() + 1000, bottom.trace());
        return log;
    }

    @Test
    void csvTraceHasOneLinePerTaskOfEveryStrip() throws IOException {
        Path file = dir.resolve("trace.csv");
        TraceWriter.write(file, VIEW, settings(), 12345, 678, log());
        List<String> lines = Files.readAllLines(file);
        assertEquals(TraceWriter.CSV_HEADER, lines.getFirst());
        assertEquals(1 + top.trace().tasks() + bottom.trace().tasks(), lines.size());
        long iterations = 0;
        int coveredRows = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            coveredRows += Integer.parseInt(f[3]) - Integer.parseInt(f[2]) + 1;
            iterations += Long.parseLong(f[7]);
        }
        assertEquals(VIEW.height(), coveredRows);
        assertEquals(top.totalIterations() + bottom.totalIterations(), iterations);
        String[] lastStrip = lines.getLast().split(",");
        assertEquals("1", lastStrip[0]);
        assertEquals(39, Integer.parseInt(lastStrip[3]), "the last task ends on the view's last row");
    }

    @Test
    void jsonTraceReadsBackWithSettingsAndOffsetTimes() throws IOException {
        Path file = dir.resolve("trace.json");
        TraceLog log = log();
        TraceWriter.write(file, VIEW, settings(), 12345, 678, log);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(48, root.get("view").get("width").asInt());
        assertEquals(-0.3, root.get("view").get("yMin").asDouble());
        assertEquals("forkjoin", root.get("settings").get("schedule").asText());
        assertEquals(2, root.get("strips").asInt());
        assertEquals(log.loadBalance(), root.get("loadBalance").asDouble());
        JsonNode tasks = root.get("tasks");
        assertEquals(log.tasks(), tasks.size());
        JsonNode firstOfSecondStrip = tasks.get(top.trace().tasks());
        assertEquals(1, firstOfSecondStrip.get("strip").asInt());
        assertEquals(25, firstOfSecondStrip.get("firstRow").asInt());
        TaskTrace b = bottom.trace();
        assertEquals(top.wallNanos() + 1000 + b.startNanos(0), firstOfSecondStrip.get("startNanos").asLong());
    }

    @Test
    void traceLogAddsUpWorkersOverStrips() {
        TraceLog log = log();
        long[] busy = log.busyNanosByWorker();
        long[] a = top.trace().busyNanosByWorker();
        long[] b = bottom.trace().busyNanosByWorker();
        for (int w = 0; w < busy.length; w++) {
            assertEquals((w < a.length ? a[w] : 0) + (w < b.length ? b[w] : 0), busy[w]);
        }
        // Over the whole render: strips overlap, so busy times add up before the busiest is taken.
        double expected = max(busy) * 2.0 / sum(busy);
        assertEquals(expected, log.loadBalance(), 1e-12);
        TraceLog single = new TraceLog(2);
        single.add(0, top.trace());
        assertEquals(top.trace().loadBalance(), single.loadBalance(), 1e-12);
    }

    @Test
    void rowTotalsCsvHasEveryRowWithItsCoordinate() throws IOException {
        Path file = dir.resolve("rows.csv");
        long[] totals = new long[VIEW.height()];
        System.arraycopy(top.rowTotals(), 0, totals, 0, 25);
        System.arraycopy(bottom.rowTotals(), 0, totals, 25, 15);
        RowTotalsCsv.write(file, VIEW, totals);
        List<String> lines = Files.readAllLines(file);
        assertEquals(RowTotalsCsv.HEADER, lines.getFirst());
        assertEquals(VIEW.height() + 1, lines.size());
        for (int row = 0; row < VIEW.height(); row++) {
            String[] f = lines.get(row + 1).split(",");
            assertEquals(row, Integer.parseInt(f[0]));
            assertEquals(VIEW.im(row), Double.parseDouble(f[1]));
            assertEquals(totals[row], Long.parseLong(f[2]));
        }
    }

    @Test
    void refusesAnUnknownTraceExtensionAndAWrongRowCount() {
        assertThrows(IllegalArgumentException.class, () -> TraceWriter.write(dir.resolve("t.xml"), VIEW, settings(), 12345, 678, log()));
        assertThrows(IllegalArgumentException.class, () -> RowTotalsCsv.write(dir.resolve("r.csv"), VIEW, new long[3]));
    }

    private static long max(long[] v) {
        return java.util.Arrays.stream(v).max().orElse(0);
    }

    private static long sum(long[] v) {
        return java.util.Arrays.stream(v).sum();
    }

    private static Settings settings() {
        return new Settings("scalar", Schedule.FORKJOIN, 2, 16, 200, 0, VIEW.height());
    }
}
