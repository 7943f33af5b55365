package dev.mandel.bench.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The most escape iterations one core can do: FMA pipes x lanes x clock, divided by the vector
 * operations one iteration issues to those pipes. Both the clock and the pipe count are measured by
 * the C yardstick ({@code yardstick clock}, written to {@code physical.properties}): the clock as a
 * chain of dependent integer adds (one per cycle) with 512-bit FMAs running beside it (cores may
 * lower the clock for wide vectors), the pipes as 512-bit FMAs retired per cycle over 12
 * independent chains; each is the best of 40 short runs timed in thread CPU time, so time spent
 * descheduled on a busy machine does not count.
 *
 * @param clockGHz    measured core clock
 * @param fmaPerCycle measured 512-bit FMAs per cycle (rounded to whole pipes for the limit)
 */
public record PhysicalLimit(double clockGHz, double fmaPerCycle) {

    /**
     * Vector operations per escape iteration on the vector pipes: y*y, the |z|^2 FMA, the masked
     * compare (escape test and AND with the active lanes in one), the masked count add, x+x, the
     * 2xy + ci FMA, cr - y^2 and the x FMA. The C yardstick issues the same eight.
     */
    public static final int OPS_PER_ITERATION = 8;

    public static final String FILE = "physical.properties";

    /** Reads {@code dir/physical.properties}, if the suite measured it. */
    public static Optional<PhysicalLimit> read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        try {
            return Optional.of(new PhysicalLimit(Double.parseDouble(p.getProperty("clockGHz", "")),
                    Double.parseDouble(p.getProperty("fmaPerCycle", ""))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public int pipes() {
        return Math.max(1, (int) Math.round(fmaPerCycle));
    }

    /** G lane-operations per second: pipes x lanes x clock. */
    public double peakLaneOpsG(int lanes) {
        return pipes() * lanes * clockGHz;
    }

    /** G escape iterations per second one core can do at most. */
    public double iterationLimitG(int lanes) {
        return peakLaneOpsG(lanes) / OPS_PER_ITERATION;
    }

    /** The report's line, with our 1-thread figure against it. */
    public String line(int lanes, double oursGips) {
        String s = String.format(Locale.ROOT, "Physical limit, one core: %d FMA pipes x %d lanes x %.2f GHz = %.1f G"
                        + " lane-operations/s; an iteration issues %d vector operations to those pipes, so at most %.2f G"
                        + " iterations/s (clock measured as dependent integer adds, one per cycle, with 512-bit FMAs running;"
                        + " pipes as 512-bit FMAs retired per cycle, %.2f measured; best of 40 runs each in thread CPU"
                        + " time, `bench/native`).",
                pipes(), lanes, clockGHz, peakLaneOpsG(lanes), OPS_PER_ITERATION, iterationLimitG(lanes), fmaPerCycle);
        if (Double.isFinite(oursGips)) {
            s += String.format(Locale.ROOT, " Ours, 1 thread: %.2f G/s = %.0f%% of it.", oursGips,
                    100 * oursGips / iterationLimitG(lanes));
        }
        return s;
    }
}
