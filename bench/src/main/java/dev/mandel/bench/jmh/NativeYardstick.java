package dev.mandel.bench.jmh;

import dev.mandel.view.Viewport;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The C yardstick ({@code bench/native/mandel_yardstick.c}, built by {@code bench/native/build}
 * into {@code bench/target/native/libmandelyard.so}) called through the FFM API: a hand-written
 * AVX-512 kernel of the same semantics, six interleaved vectors, rows handed out dynamically.
 */
final class NativeYardstick implements AutoCloseable {

    /** Environment variable naming the library, when it is not next to the bench jar. */
    static final String LIBRARY_ENV = "MANDEL_YARDSTICK_LIB";

    private final Arena arena = Arena.ofShared();
    private final MethodHandle render;

    NativeYardstick() {
        Path library = library();
        if (!Files.isReadable(library)) {
            throw new IllegalStateException("the C yardstick is not built (" + library + " missing): run bench/native/build");
        }
        SymbolLookup lookup = SymbolLookup.libraryLookup(library, arena);
        Linker linker = Linker.nativeLinker();
        render = linker.downcallHandle(lookup.find("mandel_render").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_LONG,
                        ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE,
                        ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                        ValueLayout.ADDRESS));
    }

    static Path library() {
        String env = System.getenv(LIBRARY_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        try {
            Path jar = Path.of(NativeYardstick.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().resolve("native").resolve("libmandelyard.so");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A native int buffer for a frame's counts, freed with this object. */
    MemorySegment countsFor(Viewport view) {
        return arena.allocate(ValueLayout.JAVA_INT, view.pixels());
    }

    /** Renders {@code view} on {@code threads} native threads; returns the sum of the counts. */
    long render(Viewport view, int maxIter, int threads, MemorySegment counts) {
        try {
            return (long) render.invokeExact(view.xMin(), view.xMax(), view.yMin(), view.yMax(),
                    view.width(), view.height(), maxIter, threads, counts);
        } catch (Throwable t) {
            throw new IllegalStateException("the C yardstick failed", t);
        }
    }

    @Override
    public void close() {
        arena.close();
    }
}
