package dev.mandel.settings;

import dev.mandel.kernel.FloatScalarKernel;
import dev.mandel.kernel.KernelChoice;
import dev.mandel.kernel.Precision;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.ImageSize;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settings model: every value type reads its own text form, and settings refuse what cannot run. */
class EngineSettingsTest {

    private static final Viewport VIEW = Preset.FULL.view(64, 48);

    @Test
    void everyChoiceReadsBackFromItsId() {
        for (KernelChoice k : KernelChoice.values()) {
            assertEquals(k, KernelChoice.parse(" " + k.id().toUpperCase() + " "));
        }
        for (Schedule s : Schedule.values()) {
            assertEquals(s, Schedule.parse(s.id()));
        }
        for (Precision p : Precision.values()) {
            assertEquals(p, Precision.parse(p.label()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelChoice.parse("gpu"));
        assertEquals("unknown kernel 'gpu' (allowed: auto, scalar, vector)", e.getMessage());
    }

    @Test
    void sizesParseAndNameWhatIsWrong() {
        assertEquals(new ImageSize(1200, 900), ImageSize.parse("1200X900"));
        assertEquals("1200x900", new ImageSize(1200, 900).toString());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ImageSize.parse("12x0")).getMessage()
                .contains("height must be between 1 and " + Viewport.MAX_EDGE + ", got 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ImageSize.parse("wide")).getMessage()
                .contains("must look like WIDTHxHEIGHT"));
    }

    @Test
    void theKernelFollowsTheChoiceAndPrecision() {
        EngineSettings scalar = new EngineSettings(KernelChoice.SCALAR, Precision.DOUBLE, Schedule.STATIC, 2, 1, 0);
        assertInstanceOf(ScalarKernel.class, scalar.kernelFor(VIEW, 100));
        EngineSettings floats = new EngineSettings(KernelChoice.SCALAR, Precision.FLOAT, Schedule.STATIC, 2, 1, 0);
        assertEquals("scalar-float", floats.kernelFor(VIEW, 100).name());
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> floats.kernelFor(VIEW, FloatScalarKernel.MAX_ITER + 1));
        assertTrue(tooMany.getMessage().startsWith("float counts at most " + FloatScalarKernel.MAX_ITER), tooMany.getMessage());
    }

    @Test
    void settingsRefuseWhatCannotRun() {
        assertThrows(IllegalArgumentException.class,
                () -> new EngineSettings(KernelChoice.AUTO, Precision.DOUBLE, Schedule.FORKJOIN, 0, 4, 0));
        assertThrows(IllegalArgumentException.class, () -> new EngineSettings(KernelChoice.AUTO, Precision.DOUBLE,
                Schedule.FORKJOIN, EngineSettings.MAX_THREADS + 1, 4, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new EngineSettings(KernelChoice.AUTO, Precision.DOUBLE, Schedule.FORKJOIN, 2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ViewSettings(VIEW, 0, "x"));
        assertEquals("view", new ViewSettings(VIEW, 10, " ").label());
    }
}
