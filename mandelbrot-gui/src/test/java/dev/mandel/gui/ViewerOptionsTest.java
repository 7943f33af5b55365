package dev.mandel.gui;

import dev.mandel.color.Palette;
import dev.mandel.kernel.KernelChoice;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.ImageSize;
import dev.mandel.view.Preset;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The viewer reads its options into the settings' own types, and a bad value is one line in the
 * command line's words ({@code Invalid value for option ...} followed by the type's own message).
 */
class ViewerOptionsTest {

    @Test
    void valuesAreReadIntoTheirTypes() {
        ViewerOptions o = ViewerOptions.parse("--preset", "Seahorse", "--kernel", "scalar", "--schedule", "static",
                "--palette", "fire", "--window", "1000x700");
        assertEquals(Preset.SEAHORSE, o.preset);
        assertEquals(KernelChoice.SCALAR, o.kernelChoice());
        assertEquals(Schedule.STATIC, o.schedule);
        assertEquals(Palette.FIRE, o.palette);
        assertEquals(new ImageSize(1000, 700), o.windowSize());
    }

    @Test
    void withoutOptionsTheDefaultsHold() {
        ViewerOptions o = ViewerOptions.parse();
        assertNull(o.preset);
        assertEquals(KernelChoice.AUTO, o.kernelChoice());
        assertEquals(new ImageSize(1280, 840), o.windowSize());
    }

    @Test
    void aBadValueIsTheTypesOwnMessageAsTheCommandLineReportsIt() {
        assertMessage("Invalid value for option '--kernel': unknown kernel 'gpu' (allowed: auto, scalar, vector)",
                "--kernel", "gpu");
        assertMessage("Invalid value for option '--schedule': unknown schedule 'dynamic' (allowed: sequential, static, forkjoin)",
                "--schedule", "dynamic");
        assertMessage("Invalid value for option '--window': size 'big' must look like WIDTHxHEIGHT, e.g. 1200x900",
                "--window", "big");
    }

    @Test
    void aWindowTooSmallForTheControlsIsRefused() {
        assertMessage("window size '600x400' must be from 640x480 to 10000x10000", "--window", "600x400");
        assertMessage("window size '640x10001' must be from 640x480 to 10000x10000", "--window", "640x10001");
    }

    private static void assertMessage(String expected, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ViewerOptions.parse(args));
        assertEquals(expected, e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }
}
