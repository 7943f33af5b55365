package dev.mandel.color;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deep frames colour from their lowest count, exactly as shifting every count down would. */
class CountFloorTest {

    @Test
    void theFloorIsTheLowestCountOfADeepFrameOnly() {
        int[] counts = {50_210, 50_003, 60_000, 50_917};
        assertEquals(50_003, CountFloor.of(counts, true));
        assertEquals(0, CountFloor.of(counts, false));
        assertEquals(0, CountFloor.of(new int[0], true));
    }

    @Test
    void aFlooredTableColoursAsTheCountsLessTheFloorUnderTheLowerLimit() {
        int max = 60_000;
        int[] counts = {50_210, 50_003, 60_000, 50_917, 51_500};
        int floor = CountFloor.of(counts, true);
        for (int shift : new int[] {0, 37}) {
            ColourTable floored = new ColourTable(Palette.CLASSIC, max, floor, shift);
            ColourTable lowered = new ColourTable(Palette.CLASSIC, max - floor, shift);
            int[] less = counts.clone();
            for (int p = 0; p < less.length; p++) {
                less[p] -= floor;
            }
            int[] a = new int[counts.length];
            int[] b = new int[counts.length];
            floored.colour(counts, null, a, 0, a.length);
            lowered.colour(less, null, b, 0, b.length);
            for (int p = 0; p < a.length; p++) {
                assertEquals(b[p], a[p], "pixel " + p + ", shift " + shift);
            }
            assertEquals(0xFF000000, a[2], "the set stays black");
        }
    }

    @Test
    void withoutTheFloorADeepFrameIsOneColourAndWithItIsNot() {
        int max = 60_000;
        int[] counts = {50_003, 50_400};
        int[] plain = new int[2];
        int[] floored = new int[2];
        new ColourTable(Palette.CLASSIC, max).colour(counts, null, plain, 0, 2);
        new ColourTable(Palette.CLASSIC, max, CountFloor.of(counts, true), 0).colour(counts, null, floored, 0, 2);
        assertTrue(distance(plain[0], plain[1]) < 8, "400 counts apart at 50,000 are nearly one colour: "
                + distance(plain[0], plain[1]));
        assertTrue(distance(floored[0], floored[1]) > 32, "counted from the floor they are far apart: "
                + distance(floored[0], floored[1]));
    }

    /** Largest difference of one channel. */
    private static int distance(int a, int b) {
        int d = 0;
        for (int shift : new int[] {0, 8, 16}) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        }
        return d;
    }
}
