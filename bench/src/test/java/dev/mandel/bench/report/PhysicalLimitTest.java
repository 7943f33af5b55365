package dev.mandel.bench.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhysicalLimitTest {

    @Test
    void lanesTimesClockOverMeasuredStepCycles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(PhysicalLimit.FILE),
                "scalarClockGHz=3.3\nclockGHz=3.0\nfmaPerCycle=2.1\nstepCycles=2.5\n");
        PhysicalLimit p = PhysicalLimit.read(dir).orElseThrow();
        assertEquals(8 * 3.0 / 2.5, p.iterationLimitG(8), 1e-9);
        String line = p.line(8, 4.8);
        assertTrue(line.contains("8 lanes x 3.00 GHz / 2.50 cycles per vector-step = 9.60 G")
                && line.contains("= 50% of it"), line);
    }

    @Test
    void olderFilesFallBackToPipesTimesLanesTimesClockOverOps(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(PhysicalLimit.FILE), "scalarClockGHz=3.3\nclockGHz=3.0\nfmaPerCycle=1.8\n");
        PhysicalLimit p = PhysicalLimit.read(dir).orElseThrow();
        assertEquals(2, p.pipes());
        assertEquals(2 * 8 * 3.0 / PhysicalLimit.OPS_PER_ITERATION, p.iterationLimitG(8), 1e-9);
        String line = p.line(8, 3.0);
        assertTrue(line.contains("2 FMA pipes x 8 lanes x 3.00 GHz / 8 vector operations per iteration = 6.00 G")
                && line.contains("= 50% of it"), line);
    }

    @Test
    void absentOrBrokenFileMeansNoLine(@TempDir Path dir) throws Exception {
        assertFalse(PhysicalLimit.read(dir).isPresent());
        Files.writeString(dir.resolve(PhysicalLimit.FILE), "clockGHz=fast\n");
        assertFalse(PhysicalLimit.read(dir).isPresent());
        Files.writeString(dir.resolve(PhysicalLimit.FILE), "clockGHz=3\nfmaPerCycle=2\nstepCycles=x\n");
        assertFalse(PhysicalLimit.read(dir).isPresent());
    }
}
