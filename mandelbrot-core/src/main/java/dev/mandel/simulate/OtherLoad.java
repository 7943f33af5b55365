package dev.mandel.simulate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * How much of the machine other processes used while we measured: the honest footnote to any
 * timing on a shared machine. Compares the CPU time all processes spent (Linux {@code /proc/stat})
 * with this JVM's own CPU time over the same wall interval.
 *
 * <p>Start one with {@link #start()} before measuring and read {@link #share()} after. Where
 * {@code /proc/stat} or the JVM's process CPU time is not available the share is empty.
 */
public final class OtherLoad {

    private static final Path PROC_STAT = Path.of("/proc/stat");
    /** Kernel clock ticks per second for /proc/stat (USER_HZ), 100 on every mainstream Linux build. */
    private static final double TICK_NANOS = 1e9 / 100;

    private final long busyTicks;
    private final long ownCpuNanos;
    private final long wallNanos;

    private OtherLoad(long busyTicks, long ownCpuNanos, long wallNanos) {
        this.busyTicks = busyTicks;
        this.ownCpuNanos = ownCpuNanos;
        this.wallNanos = wallNanos;
    }

    public static OtherLoad start() {
        return new OtherLoad(busyTicks(), ownCpuNanos(), System.nanoTime());
    }

    /**
     * Share of the machine's total CPU capacity (cores x wall time since {@link #start()}) that
     * other processes used: 0 on a quiet machine, 0.5 when they kept one of two cores busy.
     */
    public OptionalDouble share() {
        long busy = busyTicks();
        long own = ownCpuNanos();
        if (busy < 0 || busyTicks < 0 || own < 0 || ownCpuNanos < 0) {
            return OptionalDouble.empty();
        }
        double wall = System.nanoTime() - wallNanos;
        double capacity = wall * Runtime.getRuntime().availableProcessors();
        double others = (busy - busyTicks) * TICK_NANOS - (own - ownCpuNanos);
        return OptionalDouble.of(Math.clamp(others / capacity, 0.0, 1.0));
    }

    /** Non-idle ticks of all CPUs (user, nice, system, irq, softirq, steal), or -1. */
    private static long busyTicks() {
        if (!Files.isReadable(PROC_STAT)) {
            return -1;
        }
        try {
            String first = Files.readAllLines(PROC_STAT).getFirst();
            String[] f = first.trim().split("\\s+");
            if (!f[0].equals("cpu") || f.length < 9) {
                return -1;
            }
            // cpu user nice system idle iowait irq softirq steal ...
            long user = Long.parseLong(f[1]);
            long nice = Long.parseLong(f[2]);
            long system = Long.parseLong(f[3]);
            long irq = Long.parseLong(f[6]);
            long softirq = Long.parseLong(f[7]);
            long steal = Long.parseLong(f[8]);
            return user + nice + system + irq + softirq + steal;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long ownCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
