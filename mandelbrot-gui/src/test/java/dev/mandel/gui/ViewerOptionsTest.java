package dev.mandel.gui;

import dev.mandel.kernel.KernelProvider;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Preset;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The viewer's options arrive typed, and a bad value is one line naming it and what is allowed. */
class ViewerOptionsTest {

    @Test
    void valuesArriveTyped() {
        ViewerOptions o = ViewerOptions.parse("--preset", "mojo", "--kernel", "scalar", "--schedule", "static",
                "--window", "1000x700");
        assertEquals(Preset.MOJO, o.preset);
        assertEquals(KernelProvider.Choice.SCALAR, o.kernel);
        assertEquals(Schedule.STATIC, o.schedule);
        assertArrayEquals(new double[] {1000, 700}, o.windowSize());
    }

    @Test
    void badValuesNameWhatIsAllowed() {
        assertMessage("unknown schedule 'dynamic' (allowed: sequential, static, forkjoin)", "--schedule", "dynamic");
        assertMessage("unknown kernel 'gpu' (allowed: auto, scalar, vector)", "--kernel", "gpu");
        assertMessage("unknown palette 'plaid'", "--palette", "plaid");
        assertMessage("must look like WIDTHxHEIGHT", "--window", "big");
        assertMessage("from 640x480 to 10000x10000", "--window", "320x200");
    }

    private static void assertMessage(String expected, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ViewerOptions.parse(args));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), "one line: " + e.getMessage());
    }
}
