package dev.mandel.kernel;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The checked-in {@code VectorBlocks.java} is exactly what its generator writes today. */
class VectorBlocksUpToDateTest {

    @Test
    void generatedSourceIsCurrent() throws IOException {
        // Surefire runs in the module directory; the generator's path is relative to the project root.
        Path file = Path.of("src/main/java/dev/mandel/kernel/VectorBlocks.java");
        assertEquals(VectorBlocksGenerator.source(), Files.readString(file, StandardCharsets.UTF_8),
                "VectorBlocks.java differs from its generator's output: regenerate it (see VectorBlocksGenerator)");
    }
}
