package dev.mandel.kernel;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ObjectName;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wide blocks' C1 exclusion names methods that exist and is in the JVM's directive stack once
 * a wide kernel is built. (Whether it helps is a speed question, measured with JMH: see the class.)
 */
class WideBlockCompilationTest {

    @Test
    void directiveNamesExactlyTheWideBlocks() {
        Set<String> blocks = Arrays.stream(VectorBlocks.class.getDeclaredMethods()).map(Method::getName)
                .filter(n -> n.matches("block\\d+")).collect(Collectors.toSet());
        String directive = WideBlockCompilation.directive();
        for (int g = 1; g <= VectorBlocks.MAX_INTERLEAVE; g++) {
            String name = "dev/mandel/kernel/VectorBlocks.block" + g + "\"";
            assertTrue(blocks.contains("block" + g), "VectorBlocks has no block" + g);
            assertEquals(g >= WideBlockCompilation.FIRST_WIDE, directive.contains(name), directive);
        }
        assertTrue(directive.contains("c1: { Exclude: true }"), directive);
    }

    @Test
    void aWideKernelPutsTheDirectiveInPlace() throws Exception {
        KernelProvider.vector(WideBlockCompilation.FIRST_WIDE);
        assertTrue(WideBlockCompilation.excludesC1(), "the JVM did not take the directive");
        String stack = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        assertTrue(stack.contains("dev/mandel/kernel/VectorBlocks.block" + VectorBlocks.MAX_INTERLEAVE), stack);
        assertTrue(stack.contains("Exclude:true"), stack);
    }
}
