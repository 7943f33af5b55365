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
 * The most escape iterations one core can do, measured by the C yardstick ({@code yardstick clock},
 * written to {@code physical.properties}): the core clock as a chain of dependent integer adds (one
 * per cycle) with 512-bit FMAs running beside it (cores may lower the clock for wide vectors), and
 * the cycles one vector-step of the iteration's exact eight instructions takes when 6 independent
 * vectors leave nothing waiting ({@code stepCycles}). The limit is lanes x clock / stepCycles. Each
 * figure is the best of 40 short runs timed in thread CPU time, so time spent descheduled on a busy
 * machine does not count.
 *
 * <p>Why measure the step rather than count FMA pipes: which pipe takes which operation differs by
 * core. On Ice Lake all eight operations share the two 512-bit pipes (limit = 2 x lanes x clock / 8);
 * on Zen 5 adds have two pipes of their own but the compare into a mask register runs on the two FMA
 * pipes beside y*y and the three FMAs (5 of 8 operations there), and a pipe count alone put the C
 * yardstick above its own "limit". Files written before {@code stepCycles} existed fall back to the
 * pipe count ({@code fmaPerCycle}, rounded) x lanes x clock / 8.
 *
 * @param clockGHz    measured core clock
 * @param fmaPerCycle measured 512-bit FMAs retired per cycle (independent chains)
 * @param stepCycles  measured cycles per vector-step of the iteration's instruction mix; NaN if not measured
 */
public record PhysicalLimit(double clockGHz, double fmaPerCycle, double stepCycles) {

    /**
     * Vector operations per escape iteration: y*y, the |z|^2 FMA, the masked compare (escape test and
     * AND with the active lanes in one), the masked count add, x+x, the 2xy + ci FMA, cr - y^2 and the
     * x FMA. The C yardstick issues the same eight.
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
            double step = p.getProperty("stepCycles") == null ? Double.NaN
                    : Double.parseDouble(p.getProperty("stepCycles"));
            return Optional.of(new PhysicalLimit(Double.parseDouble(p.getProperty("clockGHz", "")),
                    Double.parseDouble(p.getProperty("fmaPerCycle", "")), step));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public int pipes() {
        return Math.max(1, (int) Math.round(fmaPerCycle));
    }

    private boolean stepMeasured() {
        return Double.isFinite(stepCycles) && stepCycles > 0;
    }

    /** G escape iterations per second one core can do at most. */
    public double iterationLimitG(int lanes) {
        return stepMeasured() ? lanes * clockGHz / stepCycles : pipes() * lanes * clockGHz / OPS_PER_ITERATION;
    }

    /** The report's line, with our 1-thread figure against it. */
    public String line(int lanes, double oursGips) {
        String s;
        if (stepMeasured()) {
            s = String.format(Locale.ROOT, "Physical limit, one core: %d lanes x %.2f GHz / %.2f cycles per vector-step"
                            + " = %.2f G iterations/s (the iteration's %d vector operations on 6 independent vectors, so"
                            + " nothing waits: %.2f cycles per vector-step measured; %.2f 512-bit FMAs retired per cycle;"
                            + " clock measured as dependent integer adds, one per cycle, with 512-bit FMAs running;"
                            + " best of 40 runs each in thread CPU time, `bench/native`).",
                    lanes, clockGHz, stepCycles, iterationLimitG(lanes), OPS_PER_ITERATION, stepCycles, fmaPerCycle);
        } else {
            s = String.format(Locale.ROOT, "Physical limit, one core: %d FMA pipes x %d lanes x %.2f GHz / %d vector"
                            + " operations per iteration = %.2f G iterations/s (pipes as 512-bit FMAs retired per cycle,"
                            + " %.2f measured; clock measured as dependent integer adds, one per cycle, with 512-bit FMAs"
                            + " running; best of 40 runs each in thread CPU time, `bench/native`).",
                    pipes(), lanes, clockGHz, OPS_PER_ITERATION, iterationLimitG(lanes), fmaPerCycle);
        }
        if (Double.isFinite(oursGips)) {
            s += String.format(Locale.ROOT, " Ours, 1 thread: %.2f G/s = %.0f%% of it.", oursGips,
                    100 * oursGips / iterationLimitG(lanes));
        }
        return s;
    }
}
