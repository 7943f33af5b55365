package dev.mandel.gui.model;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.color.Palette;
import dev.mandel.kernel.Precision;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ViewerPrefsTest {

    private static final ViewerPrefs DEFAULTS = new ViewerPrefs(Viewport.fullSet(300, 200),
            RenderSettings.defaults(), false, true);

    @Test
    void roundTripsViewAndSettingsExactly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/viewer.properties");
        ViewerPrefs saved = new ViewerPrefs(Viewport.centered(-0.1011, 0.9563, 1.234567e-9, 777, 555),
                new RenderSettings(KernelChoice.SCALAR, Schedule.STATIC, 1, 5, 4321, Palette.OCEAN, true,
                        Precision.DOUBLE),
                true, false);
        saved.save(file);
        assertEquals(saved, ViewerPrefs.load(file, DEFAULTS));
    }

    @Test
    void missingOrBrokenFileFallsBack(@TempDir Path dir) throws Exception {
        assertEquals(DEFAULTS, ViewerPrefs.load(dir.resolve("none.properties"), DEFAULTS));
        Path broken = dir.resolve("broken.properties");
        Files.writeString(broken, "view.xMin=abc\nschedule=sideways\nthreads=2\n");
        ViewerPrefs loaded = ViewerPrefs.load(broken, DEFAULTS);
        assertEquals(DEFAULTS.view(), loaded.view());
        assertEquals(DEFAULTS.settings(), loaded.settings());
    }
}
