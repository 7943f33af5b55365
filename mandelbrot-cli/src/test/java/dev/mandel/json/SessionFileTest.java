package dev.mandel.json;

import dev.mandel.session.Session;
import dev.mandel.session.Settings;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;
import dev.mandel.simulate.Policy;
import dev.mandel.simulate.Simulator;
import dev.mandel.view.Preset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionFileTest {

    private static Frame frame;

    @TempDir
    Path dir;

    @BeforeAll
    static void renderOnce() {
        try (Renderer r = new Renderer(new ScalarKernel(), 2)) {
            frame = r.render(RenderRequest.of(Preset.MOJO.view(40, 24), 300).withSchedule(Schedule.FORKJOIN, 4));
        }
    }

    @Test
    void roundTripKeepsEverything() throws IOException {
        Session saved = Session.capture(frame);
        Path file = dir.resolve("s.json");
        SessionFile.save(file, saved);
        Session loaded = SessionFile.load(file);

        assertEquals(Session.FORMAT_VERSION, loaded.formatVersion());
        assertEquals(saved.savedAt(), loaded.savedAt());
        assertEquals(frame.request().view(), loaded.trace().view());
        assertEquals(new Settings("scalar", Schedule.FORKJOIN, 2, 4, 300, 0, 24), loaded.trace().settings());
        assertEquals(saved.machine(), loaded.machine());
        assertEquals(Runtime.getRuntime().availableProcessors(), loaded.machine().cores());
        assertArrayEquals(frame.rowTotals(), loaded.rowIterations());
        assertArrayEquals(saved.rowNanos(), loaded.rowNanos());
        assertEquals(2, loaded.trace().workers());
        assertEquals(1, loaded.trace().strips());
        assertEquals(frame.loadBalance(), loaded.trace().loadBalance(), 1e-12);
        assertEquals(frame.trace().tasks(), loaded.trace().tasks().size());
        assertEquals(saved.trace().tasks(), loaded.trace().tasks());
        assertArrayEquals(saved.trace().busyNanosByWorker(), loaded.trace().busyNanosByWorker());
        for (int t = 0; t < frame.trace().tasks(); t++) {
            assertEquals(frame.trace().durationNanos(t), loaded.trace().tasks().get(t).durationNanos());
            assertEquals(frame.trace().worker(t), loaded.trace().tasks().get(t).worker());
        }
        assertEquals(frame.wallNanos(), loaded.trace().wallNanos());
        assertEquals(frame.totalIterations(), loaded.totalIterations());
        // What a loaded session is for: replaying it gives the same prediction as the live frame.
        assertEquals(Simulator.run(saved.iterationCosts(), Policy.STEALING, 8, 4).makespan(),
                Simulator.run(loaded.iterationCosts(), Policy.STEALING, 8, 4).makespan());
        String json = Files.readString(file);
        assertTrue(json.contains("\"formatVersion\" : " + Session.FORMAT_VERSION), json.substring(0, 80));
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private static String loadError(Path p) {
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.load(p));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void badFilesGiveOneClearLine() throws IOException {
        String good = Files.readString(saveGood());
        assertTrue(loadError(dir.resolve("missing.json")).contains("does not exist"));
        assertTrue(loadError(write("a.json", "{ not json")).contains("not valid JSON"));
        assertTrue(loadError(write("b.json", "[1, 2]")).contains("expected a JSON object"));
        assertTrue(loadError(write("c.json", "{\"view\": {}}")).contains("no formatVersion"));
        assertTrue(loadError(write("d.json", good.replace("\"formatVersion\" : " + Session.FORMAT_VERSION, "\"formatVersion\" : 99")))
                .contains("format version 99 is not supported"));
        String msg = loadError(write("e.json", good.replace("\"maxIter\" : 300", "\"maxIter\" : 0")));
        assertTrue(msg.contains("max iterations must be at least 1"), msg);
        msg = loadError(write("f.json", good.replace("\"rows\" : 24", "\"rows\" : 23")));
        assertTrue(msg.contains("a task covers rows") && msg.contains("outside the frame"), msg);
        msg = loadError(write("g.json", good.replace("\"schedule\" : \"forkjoin\"", "\"schedule\" : \"magic\"")));
        assertTrue(msg.contains("unknown schedule 'magic'"), msg);
        msg = loadError(write("h.json", good.replace("\"workers\" :", "\"wrokers\" :")));
        assertTrue(msg.contains("missing field 'workers' in Session[\"trace\"]"), msg);
        msg = loadError(write("k.json", good.replace("{", "{ \"extra\" : 1,")));
        assertTrue(msg.contains("unknown field 'extra'"), msg);
        msg = loadError(write("i.json", good.replace("\"xMin\" : -2.0", "\"xMin\" : 5.0")));
        assertTrue(msg.contains("xMin"), msg);
        msg = loadError(write("j.json", good.replaceFirst("\"wallNanos\" : \\d+", "\"wallNanos\" : \"soon\"")));
        assertTrue(msg.contains("wallNanos"), msg);
        msg = loadError(write("l.json", good.replaceFirst("\"loadBalance\" : [0-9.E-]+", "\"loadBalance\" : 7.5")));
        assertTrue(msg.contains("loadBalance 7.5 does not match the tasks"), msg);
        msg = loadError(write("m.json", good.replaceFirst("\"endNanos\" : (\\d+)", "\"endNanos\" : 9$1")));
        assertTrue(msg.contains("busyNanosByWorker") && msg.contains("does not match the tasks"), msg);
    }

    private Path saveGood() throws IOException {
        Path p = dir.resolve("good.json");
        SessionFile.save(p, Session.capture(frame));
        return p;
    }
}
