package dev.mandel.session;

import dev.mandel.kernel.KernelProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The machine a session was measured on: what every timing needs beside it to be compared with
 * another machine's.
 *
 * @param cores       logical processors the JVM saw
 * @param vectorLanes doubles per vector register (1 without the Vector API)
 * @param jdk         {@code Runtime.version()} and vendor
 * @param os          name, version and architecture
 * @param cpu         the CPU model, family and clock where the OS tells them, else the architecture
 */
public record Machine(int cores, int vectorLanes, String jdk, String os, String cpu) {

    public Machine {
        if (cores < 1) {
            throw new IllegalArgumentException("machine cores must be at least 1, got " + cores);
        }
        if (vectorLanes < 1) {
            throw new IllegalArgumentException("machine vector lanes must be at least 1, got " + vectorLanes);
        }
        jdk = orUnknown(jdk);
        os = orUnknown(os);
        cpu = orUnknown(cpu);
    }

    /** This JVM's machine. */
    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), KernelProvider.vectorLanes(),
                Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                cpuModel().orElse(System.getProperty("os.arch")));
    }

    /** One-line summary for tables: "2 cores, 8 doubles/vector, AMD EPYC, JDK 25...". */
    public String summary() {
        return cores + " cores, " + vectorLanes + " doubles/vector, " + cpu + ", JDK " + jdk;
    }

    /** Vector width in bits for doubles, as the Vector API's preferred species sees it. */
    public int vectorBits() {
        return vectorLanes * Double.SIZE;
    }

    /**
     * The widest SIMD extension this machine's CPU reports ({@code AVX-512}, {@code AVX2 + FMA},
     * ...), or {@code unknown} where the OS does not say. Not part of a saved session: it describes
     * this machine, which is what a report of this run's numbers needs.
     */
    public static String simdOfThisMachine() {
        String flags = " " + CpuInfo.read().field("flags") + " ";
        if (flags.contains(" avx512f ")) {
            return "AVX-512";
        }
        if (flags.contains(" avx2 ")) {
            return flags.contains(" fma ") ? "AVX2 + FMA" : "AVX2";
        }
        if (flags.isBlank()) {
            return "unknown";
        }
        return flags.contains(" sse2 ") ? "SSE2" : "none found";
    }

    /** "Model name (family F, model M, N MHz reported)" from /proc/cpuinfo, or the OS's identifier. */
    private static Optional<String> cpuModel() {
        CpuInfo info = CpuInfo.read();
        String model = info.field("model name");
        if (!model.isEmpty()) {
            StringBuilder s = new StringBuilder(model);
            String family = info.field("cpu family");
            if (!family.isEmpty()) {
                s.append(" (family ").append(family).append(", model ").append(info.field("model")).append(')');
            }
            String mhz = info.field("cpu MHz");
            if (!mhz.isEmpty()) {
                try {
                    s.append(String.format(java.util.Locale.ROOT, ", %.0f MHz reported", Double.parseDouble(mhz)));
                } catch (NumberFormatException e) {
                    // leave the clock out
                }
            }
            return Optional.of(s.toString());
        }
        String env = System.getenv("PROCESSOR_IDENTIFIER"); // Windows
        return Optional.ofNullable(env).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The lines of /proc/cpuinfo (none where there is no such file); the first processor's fields. */
    private record CpuInfo(List<String> lines) {
        static CpuInfo read() {
            try {
                return new CpuInfo(Files.readAllLines(Path.of("/proc/cpuinfo")));
            } catch (IOException | SecurityException | java.io.UncheckedIOException e) {
                return new CpuInfo(List.of());
            }
        }

        String field(String name) {
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equals(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "";
        }
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "unknown" : s;
    }
}
