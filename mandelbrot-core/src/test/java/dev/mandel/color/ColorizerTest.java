package dev.mandel.color;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColorizerTest {

    @Test
    void interiorIsBlack() {
        Colorizer c = new Colorizer(Palette.CLASSIC, 100);
        assertEquals(0xFF000000, c.argb(100));
        assertEquals(0xFF000000, c.smoothArgb(100, 0.0));
    }

    @Test
    void exteriorIsOpaqueAndVaries() {
        Colorizer c = new Colorizer(Palette.FIRE, 1000);
        int a = c.argb(3);
        int b = c.argb(40);
        assertEquals(0xFF, a >>> 24);
        assertNotEquals(a, b);
    }

    @Test
    void continuousCountMeetsTheBandEdges() {
        // At the bailout |z| = 2 the continuous count is n + 1; as |z| grows it falls toward n.
        assertEquals(6.0, Colorizer.continuousCount(5, 4.0), 1e-12);
        double far = Colorizer.continuousCount(5, 16.0);
        assertEquals(5.0, far, 1e-12);
        assertTrue(Colorizer.continuousCount(5, 8.0) < 6 && Colorizer.continuousCount(5, 8.0) > 5);
    }

    @Test
    void paletteIsCyclicAndSeamless() {
        for (Palette p : Palette.values()) {
            assertEquals(p.argb(0.0), p.argb(1.0), p.id());
            assertEquals(p.argb(0.25), p.argb(3.25), p.id());
            int start = p.argb(0.0);
            int end = p.argb(0.999999);
            for (int shift = 0; shift <= 16; shift += 8) {
                assertTrue(Math.abs(((start >> shift) & 0xFF) - ((end >> shift) & 0xFF)) <= 1, p.id() + " wraps smoothly");
            }
        }
    }

    @Test
    void paletteNamesParse() {
        assertEquals(Palette.OCEAN, Palette.parse(" Ocean "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Palette.parse("neon"));
        assertTrue(e.getMessage().contains("allowed: classic, fire, ocean, aurora, grayscale"), e.getMessage());
    }
}
