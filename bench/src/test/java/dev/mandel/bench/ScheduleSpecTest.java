package dev.mandel.bench;

import dev.mandel.schedule.Schedule;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleSpecTest {

    @Test
    void namesMapToSchedulesAndFactors() {
        assertEquals(new ScheduleSpec("static", Schedule.STATIC, 1), ScheduleSpec.parse("static", 960, 2));
        assertEquals(new ScheduleSpec("sequential", Schedule.SEQUENTIAL, 1), ScheduleSpec.parse("Sequential", 960, 2));
        assertEquals(new ScheduleSpec("fj16", Schedule.FORKJOIN, 16), ScheduleSpec.parse("fj16", 960, 2));
    }

    @Test
    void rowMeansOneTaskPerRowWhateverTheThreadCount() {
        for (int threads : new int[]{1, 2, 3, 7}) {
            for (int height : new int[]{1, 960, 961, 4096}) {
                ScheduleSpec spec = ScheduleSpec.parse("row", height, threads);
                assertEquals(height, spec.schedule().taskCount(height, threads, spec.factor()),
                        "row on " + height + " rows, " + threads + " threads");
            }
        }
    }

    @Test
    void badNamesSayWhatIsAllowed() {
        for (String bad : new String[]{"fj0", "fj", "fjx", "dynamic", "fj-2"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ScheduleSpec.parse(bad, 960, 2));
            assertTrue(e.getMessage().contains("'" + bad + "'") && e.getMessage().contains("allowed"), e.getMessage());
        }
    }

    @Test
    void workloadsAreTheCorePresets() {
        assertEquals(dev.mandel.view.Preset.MOJO.view(), Workload.parse("mojo").view());
        assertEquals(4096, Workload.parse("MOJO4096").view().width());
        assertEquals(dev.mandel.view.Preset.CLASSROOM.view(), Workload.CLASSROOM.view());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Workload.parse("mandel"));
        assertTrue(e.getMessage().contains("mojo, mojo4096, classroom"), e.getMessage());
    }
}
