package dev.mandel.kernel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelProviderTest {

    @Test
    void picksVectorWhenTheModuleIsReadable() {
        List<String> warnings = new ArrayList<>();
        EscapeKernel k = KernelProvider.choose(KernelProvider.Choice.AUTO, true, warnings::add);
        assertEquals("vector", k.name());
        assertTrue(warnings.isEmpty());
        assertTrue(KernelProvider.vectorModuleReadable(), "tests run with --add-modules=jdk.incubator.vector");
    }

    @Test
    void fallsBackToScalarWithOneWarning() {
        List<String> warnings = new ArrayList<>();
        EscapeKernel k = KernelProvider.choose(KernelProvider.Choice.AUTO, false, warnings::add);
        assertInstanceOf(ScalarKernel.class, k);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("--add-modules=jdk.incubator.vector"), warnings.get(0));
    }

    @Test
    void explicitVectorWithoutTheModuleIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KernelProvider.choose(KernelProvider.Choice.VECTOR, false, w -> { }));
        assertTrue(e.getMessage().contains("jdk.incubator.vector"));
    }

    @Test
    void explicitScalarIsScalar() {
        assertInstanceOf(ScalarKernel.class, KernelProvider.choose(KernelProvider.Choice.SCALAR, true, w -> { }));
    }

    @Test
    void rejectsUnsupportedInterleave() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelProvider.vector(3));
        assertTrue(e.getMessage().contains("1, 2 or 4"));
    }

    @Test
    void reportsLanes() {
        int lanes = KernelProvider.vectorLanes();
        assertTrue(lanes >= 2 && Integer.bitCount(lanes) == 1, "lanes " + lanes);
    }
}
