package dev.mandel.kernel;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps the client compiler (C1) away from the vector blocks of {@value #FIRST_WIDE} or more
 * vectors, so that they go from the interpreter straight to C2.
 *
 * <p>Why: C1 inlines the Vector API's Java fallback code for every vector operation, and a block
 * of 6 to 8 vectors is too large for its register allocator with full profiling (tier 3:
 * {@code COMPILE SKIPPED: out of virtual registers in linear scan}). When HotSpot had first
 * compiled such a block at tier 2 (which it does when the C2 queue is long), the failed tier-3
 * step left it there for good: {@code render --preset mojo --interleave 6} ran at 0.05 G
 * iterations/s, a hundredth of interleave 5, on Zen 5 with Temurin 25. Excluding C1 for these
 * methods lets the interpreter profile them and C2 compile them: the same render ran at 5.5 G/s
 * after 0.85 s of warm-up, as interleave 5 does.
 *
 * <p>How: a compiler directive ({@code c1: { Exclude: true }}), added at run time through the
 * {@code DiagnosticCommand} MBean ({@code jcmd}'s {@code Compiler.directives_add}), because a
 * library cannot count on its users passing {@code -XX:CompilerDirectivesFile}. It is added before
 * the first wide block runs: starting the platform MBean server costs about a quarter of a
 * second, which the default interleave (5 or fewer on the machines measured) never pays. Where
 * the management module or the command is missing, nothing changes and the blocks still give
 * exact counts, only later at full speed.
 */
final class WideBlockCompilation {

    /** The narrowest block that C1 fails to compile with full profiling (Temurin 25, AVX-512). */
    static final int FIRST_WIDE = 6;

    private static volatile boolean requested;
    private static volatile boolean added;

    private WideBlockCompilation() {
    }

    /** Makes sure the directive is in place when blocks of {@code interleave} vectors are about to run. */
    static void before(int interleave) {
        if (interleave >= FIRST_WIDE && !requested) {
            request();
        }
    }

    /** Whether the directive was added to this JVM (false where the JVM did not take it). */
    static boolean excludesC1() {
        return added;
    }

    private static synchronized void request() {
        if (requested) {
            return;
        }
        requested = true;
        Path file = null;
        try {
            file = Files.createTempFile("mandelbrot-wide-blocks", ".json");
            Files.writeString(file, directive(), StandardCharsets.UTF_8);
            Object reply = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            added = String.valueOf(reply).contains("1 compiler directives added");
        } catch (IOException | JMException | RuntimeException | LinkageError e) {
            // No management module, no such command, or no temporary folder: the blocks still count
            // exactly, and C2 may still reach them; only their warm-up is not guarded.
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a leftover temporary file of a few bytes
                }
            }
        }
    }

    /** The directive: the wide {@code VectorBlocks} methods, C1 excluded, C2 as usual. */
    static String directive() {
        StringBuilder match = new StringBuilder();
        String owner = VectorBlocks.class.getName().replace('.', '/');
        for (int g = FIRST_WIDE; g <= VectorBlocks.MAX_INTERLEAVE; g++) {
            match.append(match.isEmpty() ? "" : ", ").append('"').append(owner).append(".block").append(g).append('"');
        }
        return "[ { match: [" + match + "], c1: { Exclude: true } } ]\n";
    }
}
