package dev.mandel.kernel;

import dev.mandel.session.Machine;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Picks the vector interleave for this machine the way Fraktaler-3 keeps its "wisdom": a short
 * measurement on first use, then a cached answer.
 *
 * <p>The best interleave is a property of the core (FMA latency, number of FMA pipes, register
 * file), the JIT and the vector width, not of the picture, so the answer is cached per
 * {@code CPU model | JDK version | vector bits} in {@value #FILE} under {@code ~/.mandelbrot} (or
 * the directory in the {@value #DIR_PROPERTY} system property, which tests point at their build
 * folder). The measurement renders a small copy of the mojo preset with every interleave in
 * turn, round-robin until no width gets faster (each must be compiled by C2 before it counts),
 * and keeps each width's fastest round: a second or two, once. Rounds are timed in the thread's CPU time
 * where the JVM offers it, so time spent descheduled on a busy machine does not count.
 */
public final class InterleaveCalibration {

    /** System property naming the cache directory (default {@code ~/.mandelbrot}). */
    public static final String DIR_PROPERTY = "mandelbrot.cache.dir";
    static final String FILE = "kernel-calibration.properties";

    /** Rounds at least, and at most: wide blocks reach C2 later, and C2 is slow on a busy machine. */
    private static final int MIN_ROUNDS = 4;
    private static final int MAX_ROUNDS = 30;
    private static final Viewport PROBE = Preset.MOJO.view(199, 48);
    private static final int PROBE_ITER = 600;

    private static volatile Integer chosen;

    private InterleaveCalibration() {
    }

    /** The cached interleave for this machine, if one was measured before. */
    public static OptionalInt cached() {
        Integer c = chosen;
        if (c != null) {
            return OptionalInt.of(c);
        }
        return read(cacheFile(), key(KernelProvider.support().bits()));
    }

    /**
     * The interleave for this machine: cached, or measured now (announced on {@code log}) and
     * cached. Call only when the vector kernel is usable.
     */
    static int interleave(Consumer<String> log) {
        Integer c = chosen;
        if (c != null) {
            return c;
        }
        synchronized (InterleaveCalibration.class) {
            if (chosen == null) {
                String key = key(KernelProvider.support().bits());
                Path file = cacheFile();
                OptionalInt stored = read(file, key);
                if (stored.isPresent()) {
                    chosen = stored.getAsInt();
                } else {
                    log.accept("calibrating the vector interleave for this machine (once; cached in " + file + ")");
                    double[] nanos = measure();
                    int best = fastest(nanos);
                    log.accept(describe(nanos, best));
                    write(file, key, best, log);
                    chosen = best;
                }
            }
            return chosen;
        }
    }

    /**
     * Per interleave (index 0 unused), the fastest render of the probe view, round-robin until a
     * round improves no width by 3% and none is 4x slower than the fastest (at least
     * {@link #MIN_ROUNDS}, at most {@link #MAX_ROUNDS} rounds).
     */
    static double[] measure() {
        double[] best = new double[KernelProvider.MAX_INTERLEAVE + 1];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        EscapeKernel[] kernels = new EscapeKernel[best.length];
        for (int g = 1; g < best.length; g++) {
            kernels[g] = KernelProvider.vector(g);
        }
        int[] counts = new int[PROBE.width()];
        long check = -1;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean improved = false;
            for (int g = 1; g < best.length; g++) {
                long t0 = cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime();
                long sum = 0;
                for (int row = 0; row < PROBE.height(); row++) {
                    sum += kernels[g].row(PROBE, row, PROBE_ITER, counts, 0);
                }
                long t = (cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - t0;
                if (check >= 0 && sum != check) {
                    throw new IllegalStateException("interleave " + g + " counted " + sum + " iterations, expected "
                            + check);
                }
                check = sum;
                if (t < best[g] * 0.97) {
                    improved = true;
                }
                best[g] = Math.min(best[g], t);
            }
            double fastest = java.util.Arrays.stream(best, 1, best.length).min().orElseThrow();
            boolean uncompiled = java.util.Arrays.stream(best, 1, best.length).anyMatch(t -> t > 4 * fastest);
            if (round + 1 >= MIN_ROUNDS && !improved && !uncompiled) {
                // Settled: no width got 3% faster, and none is still running interpreted or C1 code
                // (several times slower than the rest; C2 takes seconds for a wide block on a busy machine).
                break;
            }
        }
        return best;
    }

    /** The interleave with the shortest time; the narrower one on a tie. */
    static int fastest(double[] nanos) {
        int best = 1;
        for (int g = 2; g < nanos.length; g++) {
            if (nanos[g] < nanos[best]) {
                best = g;
            }
        }
        return best;
    }

    /** "interleave 1..8: 1.00 0.62 ... (relative to 1); using 6". */
    static String describe(double[] nanos, int chosenInterleave) {
        StringBuilder s = new StringBuilder("interleave 1.." + (nanos.length - 1) + " time relative to 1:");
        for (int g = 1; g < nanos.length; g++) {
            s.append(String.format(Locale.ROOT, " %d:%.2f", g, nanos[g] / nanos[1]));
        }
        return s.append("; using ").append(chosenInterleave).toString();
    }

    static Path cacheFile() {
        String dir = System.getProperty(DIR_PROPERTY);
        Path base = dir == null || dir.isBlank() ? Path.of(System.getProperty("user.home"), ".mandelbrot") : Path.of(dir);
        return base.resolve(FILE);
    }

    /** The cache key: what decides the answer. */
    static String key(int bits) {
        String cpu = Machine.current().cpu();
        return ("double.interleave." + cpu + "|jdk " + Runtime.version() + "|" + bits + " bits")
                .replaceAll("\\s+", " ");
    }

    static OptionalInt read(Path file, String key) {
        if (!Files.isReadable(file)) {
            return OptionalInt.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return OptionalInt.empty(); // unreadable cache: measure again and overwrite
        }
        String value = p.getProperty(key);
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            int g = Integer.parseInt(value.strip());
            return g >= 1 && g <= KernelProvider.MAX_INTERLEAVE ? OptionalInt.of(g) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Adds {@code key=interleave} to the cache file, replacing it atomically; a failure only warns. */
    static void write(Path file, String key, int interleave, Consumer<String> log) {
        try {
            Files.createDirectories(file.getParent());
            Properties p = new Properties();
            if (Files.isReadable(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    p.load(in);
                } catch (IllegalArgumentException e) {
                    p.clear();
                }
            }
            p.setProperty(key, Integer.toString(interleave));
            Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "vector interleave per CPU model | JDK | vector width, measured by mandelbrot");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            log.accept("warning: cannot cache the interleave calibration in " + file + " (" + e.getMessage()
                    + "); it will run again next time");
        }
    }

    /** Forgets the answer of this JVM (tests). */
    static void forget() {
        chosen = null;
    }
}
