package dev.mandel.gui.model;

import dev.mandel.color.Palette;
import dev.mandel.kernel.KernelChoice;
import dev.mandel.kernel.Precision;
import dev.mandel.schedule.Schedule;
import dev.mandel.settings.ColourSettings;
import dev.mandel.settings.EngineSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The viewer's settings are the shared engine and colour settings plus its iteration limit. */
class RenderSettingsTest {

    @Test
    void holdsTheSharedEngineAndColourSettings() {
        RenderSettings s = new RenderSettings(KernelChoice.SCALAR, Schedule.STATIC, 1, 3, 500, Palette.OCEAN, true,
                Precision.DOUBLE);
        assertEquals(new EngineSettings(KernelChoice.SCALAR, Precision.DOUBLE, Schedule.STATIC, 1, 3, 0), s.engine());
        assertEquals(new ColourSettings(Palette.OCEAN, true), s.colour());
        assertEquals(Schedule.FORKJOIN, s.withSchedule(Schedule.FORKJOIN).engine().schedule());
    }

    @Test
    void onlyThePaletteRecolours() {
        RenderSettings s = RenderSettings.defaults();
        assertFalse(s.needsRenderComparedTo(s.withPalette(Palette.FIRE)));
        assertTrue(s.needsRenderComparedTo(s.withSmooth(!s.smooth())));
        assertTrue(s.needsRenderComparedTo(s.withPartitionFactor(s.partitionFactor() + 1)));
    }

    @Test
    void threadsBeyondThisMachineNameItsLimit() {
        int over = RenderSettings.maxThreads() + 1;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RenderSettings.defaults().withThreads(over));
        assertEquals("threads must be between 1 and " + RenderSettings.maxThreads() + ", got " + over, e.getMessage());
    }
}
