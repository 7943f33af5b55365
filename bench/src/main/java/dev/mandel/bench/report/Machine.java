package dev.mandel.bench.report;

import dev.mandel.kernel.KernelProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The machine every number came from: CPU, cores, SIMD width, JDK, OS. */
public record Machine(String cpu, int cores, String simd, int vectorLanes, String jdk, String os) {

    public static Machine current() {
        return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), simdFlags(),
                KernelProvider.vectorLanes(),
                System.getProperty("java.vm.name") + " " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    /** Vector width in bits for doubles, as the Vector API's preferred species sees it. */
    public int vectorBits() {
        return vectorLanes * 64;
    }

    private static List<String> cpuinfo() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"));
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }

    private static String field(List<String> lines, String name) {
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "";
    }

    static String cpuModel() {
        List<String> lines = cpuinfo();
        String model = field(lines, "model name");
        if (model.isEmpty()) {
            return System.getProperty("os.arch") + " (no /proc/cpuinfo)";
        }
        String family = field(lines, "cpu family");
        String number = field(lines, "model");
        String mhz = field(lines, "cpu MHz");
        StringBuilder s = new StringBuilder(model);
        if (!family.isEmpty()) {
            s.append(" (family ").append(family).append(", model ").append(number).append(')');
        }
        if (!mhz.isEmpty()) {
            s.append(String.format(Locale.ROOT, ", %.0f MHz reported", Double.parseDouble(mhz)));
        }
        return s.toString();
    }

    static String simdFlags() {
        String flags = " " + field(cpuinfo(), "flags") + " ";
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
}
