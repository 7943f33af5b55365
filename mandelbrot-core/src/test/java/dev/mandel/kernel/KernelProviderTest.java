package dev.mandel.kernel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelProviderTest {

    private static final VectorSupport USABLE = new VectorSupport(true, "", 512);
    private static final VectorSupport NO_C2 = new VectorSupport(false,
            "the JVM stops compiling at tier 1 (-XX:TieredStopAtLevel); the Vector API needs C2 (tier 4)", 0);

    @Test
    void picksVectorWhenUsable() {
        List<String> warnings = new ArrayList<>();
        EscapeKernel k = KernelProvider.choose(KernelChoice.AUTO, USABLE, 3, warnings::add);
        assertEquals("vector", k.name());
        assertEquals(3, ((VectorKernel) k).interleave());
        assertTrue(warnings.isEmpty());
        assertTrue(KernelProvider.vectorUsable(), "tests run with --add-modules=jdk.incubator.vector and C2: "
                + KernelProvider.vectorRefusal());
    }

    @Test
    void fallsBackToScalarWithOneLineSayingWhy() {
        List<String> warnings = new ArrayList<>();
        EscapeKernel k = KernelProvider.choose(KernelChoice.AUTO, NO_C2, 0, warnings::add);
        assertInstanceOf(ScalarKernel.class, k);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("TieredStopAtLevel") && !warnings.get(0).contains("\n"), warnings.get(0));
    }

    @Test
    void explicitVectorWhereItCannotRunIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KernelProvider.choose(KernelChoice.VECTOR, NO_C2, 0, w -> { }));
        assertTrue(e.getMessage().contains("C2"));
    }

    @Test
    void explicitScalarIsScalar() {
        assertInstanceOf(ScalarKernel.class, KernelProvider.choose(KernelChoice.SCALAR, USABLE, 0, w -> { }));
    }

    @Test
    void everyInterleaveFromOneToEight() {
        assertEquals(VectorBlocks.MAX_INTERLEAVE, KernelProvider.MAX_INTERLEAVE);
        for (int g = 1; g <= KernelProvider.MAX_INTERLEAVE; g++) {
            assertEquals(g, ((VectorKernel) KernelProvider.vector(g)).interleave());
        }
        for (int bad : new int[] {0, 9, -1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelProvider.vector(bad));
            assertTrue(e.getMessage().contains("1 to 8"), e.getMessage());
        }
    }

    @Test
    void reportsLanesOfTheWidthInUse() {
        int lanes = KernelProvider.vectorLanes();
        assertTrue(lanes >= 2 && Integer.bitCount(lanes) == 1, "lanes " + lanes);
        assertEquals(VectorKernel.lanes(), lanes);
        String bits = System.getProperty(VectorWidth.PROPERTY);
        if (bits != null) {
            assertEquals(Integer.parseInt(bits) / 64, lanes, "the requested width is the one in use");
        }
    }

    @Test
    void detectsThisJvmAsUsable() {
        VectorSupport s = VectorSupport.detect();
        assertTrue(s.usable(), s.reason());
        assertEquals(VectorKernel.SPECIES.vectorBitSize(), s.bits());
    }

    @Test
    void vectorWidthRejectsOtherSizesAndChangesOnceFixed() {
        assertThrows(IllegalArgumentException.class, () -> VectorWidth.request(64));
        assertThrows(IllegalArgumentException.class, () -> VectorWidth.request(1024));
        int inUse = VectorKernel.SPECIES.vectorBitSize();
        int other = inUse == 128 ? 256 : 128;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> VectorWidth.request(other));
        assertTrue(e.getMessage().contains("already fixed at " + inUse), e.getMessage());
    }
}
