package dev.mandel.color;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edited colour stops: the same ramp as a built-in palette when evenly spaced, edits that refuse bad stops. */
class ColourStopsTest {

    @Test
    void evenlySpacedStopsAreTheBuiltInPalette() {
        for (Palette p : Palette.values()) {
            ColourStops stops = p.toStops();
            for (int k = 0; k < 2000; k++) {
                double t = k / 1999.0 * 3 - 1;
                int a = p.argb(t);
                int b = stops.argb(t);
                for (int shift : new int[] {0, 8, 16}) {
                    int d = Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF));
                    assertTrue(d <= 1, p + " at " + t + ": " + Integer.toHexString(a) + " vs " + Integer.toHexString(b));
                }
            }
        }
    }

    @Test
    void colourAtAStopIsItsOwnAndTheRampWrapsFromLastToFirst() {
        ColourStops s = new ColourStops(List.of(new ColourStops.Stop(0.75, 0x0000FF), new ColourStops.Stop(0.25, 0xFF0000)));
        assertEquals(0xFFFF0000, s.argb(0.25));
        assertEquals(0xFF0000FF, s.argb(0.75));
        // Halfway round the wrap (0.75 -> 1.25) is 0.0, and the mix there is even.
        assertEquals(0xFF800080, s.argb(0.0));
        assertEquals(0xFF800080, s.argb(1.0));
        assertEquals(0.25, s.stops().get(0).position(), "sorted by position");
    }

    @Test
    void editsKeepThePictureOrRefuseWithAReason() {
        ColourStops s = Palette.FIRE.toStops();
        ColourStops added = s.withStopAt(0.1);
        assertEquals(s.size() + 1, added.size());
        for (int k = 0; k < 100; k++) {
            double t = k / 100.0;
            int a = s.argb(t);
            int b = added.argb(t);
            for (int shift : new int[] {0, 8, 16}) {
                assertTrue(Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) <= 1, "adding a stop keeps the ramp at " + t);
            }
        }
        int i = added.indexOf(0.1);
        ColourStops recoloured = added.withColour(i, 0x123456);
        assertEquals(0xFF123456, recoloured.argb(0.1));
        ColourStops moved = recoloured.withMoved(recoloured.indexOf(0.1), 0.95);
        assertEquals(0xFF123456, moved.argb(0.95));
        assertEquals(s.size(), moved.without(moved.indexOf(0.95)).size());

        ColourStops two = new ColourStops(List.of(new ColourStops.Stop(0, 0), new ColourStops.Stop(0.5, 0xFFFFFF)));
        IllegalArgumentException tooFew = assertThrows(IllegalArgumentException.class, () -> two.without(0));
        assertTrue(tooFew.getMessage().contains("2 to 64"), tooFew.getMessage());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class, () -> two.withMoved(1, 1.0));
        assertTrue(outside.getMessage().contains("from 0 to below 1"), outside.getMessage());
        assertThrows(IllegalArgumentException.class, () -> two.withMoved(1, 0.00001));
    }
}
