package dev.mandel.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterleaveCalibrationTest {

    @Test
    void testsNeverTouchTheRealCache() {
        Path file = InterleaveCalibration.cacheFile();
        assertNotEquals(Path.of(System.getProperty("user.home"), ".mandelbrot", InterleaveCalibration.FILE), file,
                "the build points " + InterleaveCalibration.DIR_PROPERTY + " at its own folder");
    }

    @Test
    void fastestWinsAndTiesGoToTheNarrowerBlock() {
        assertEquals(6, InterleaveCalibration.fastest(new double[] {0, 9, 7, 6, 5, 4.5, 4, 4.2, 4.1}));
        assertEquals(2, InterleaveCalibration.fastest(new double[] {0, 9, 3, 3, 3, 5, 6, 7, 8}));
    }

    @Test
    void cacheRoundTripsPerKeyAndIgnoresJunk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub").resolve(InterleaveCalibration.FILE);
        List<String> log = new ArrayList<>();
        assertFalse(InterleaveCalibration.read(file, "k1").isPresent());
        InterleaveCalibration.write(file, "k1", 6, log::add);
        InterleaveCalibration.write(file, "k2 with spaces|jdk 25|256 bits", 3, log::add);
        assertEquals(OptionalInt.of(6), InterleaveCalibration.read(file, "k1"));
        assertEquals(OptionalInt.of(3), InterleaveCalibration.read(file, "k2 with spaces|jdk 25|256 bits"));
        assertTrue(log.isEmpty(), log.toString());
        Files.writeString(file, "k1=12\nk2=x\n");
        assertFalse(InterleaveCalibration.read(file, "k1").isPresent(), "out of range");
        assertFalse(InterleaveCalibration.read(file, "k2").isPresent(), "not a number");
    }

    @Test
    void keyNamesCpuJdkAndWidth() {
        String key = InterleaveCalibration.key(256);
        assertTrue(key.contains("jdk " + Runtime.version()) && key.endsWith("|256 bits"), key);
    }

    @Test
    void measurementCoversEveryInterleaveAndTheDefaultIsCached() {
        double[] nanos = InterleaveCalibration.measure();
        assertEquals(KernelProvider.MAX_INTERLEAVE + 1, nanos.length);
        for (int g = 1; g < nanos.length; g++) {
            assertTrue(nanos[g] > 0 && nanos[g] < Double.MAX_VALUE, "interleave " + g);
        }
        int chosen = KernelProvider.defaultInterleave();
        assertTrue(chosen >= 1 && chosen <= KernelProvider.MAX_INTERLEAVE);
        assertEquals(OptionalInt.of(chosen), InterleaveCalibration.read(InterleaveCalibration.cacheFile(),
                InterleaveCalibration.key(KernelProvider.support().bits())));
        assertTrue(KernelProvider.describeDefaultInterleave().contains("interleave " + chosen),
                KernelProvider.describeDefaultInterleave());
    }
}
