package dev.mandel.session;

import dev.mandel.kernel.KernelProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The machine a session was measured on: what every timing needs beside it to be compared with
 * another machine's.
 *
 * @param cores       logical processors the JVM saw
 * @param vectorLanes doubles per vector register (1 without the Vector API)
 * @param jdk         {@code Runtime.version()} and vendor
 * @param os          name, version and architecture
 * @param cpu         the CPU model where the OS tells it, else the architecture
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

    private static Optional<String> cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try (Stream<String> lines = Files.lines(cpuinfo)) {
                Optional<String> model = lines.filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip())
                        .findFirst();
                if (model.isPresent()) {
                    return model;
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // fall through to the environment
            }
        }
        String env = System.getenv("PROCESSOR_IDENTIFIER"); // Windows
        return Optional.ofNullable(env).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "unknown" : s;
    }
}
