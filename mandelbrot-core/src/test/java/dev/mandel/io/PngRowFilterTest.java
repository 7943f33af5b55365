package dev.mandel.io;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PngRowFilterTest {

    /** The decoder's side of each filter (PNG spec 9.2), written independently of the encoder. */
    private static byte[] unfilter(byte[] filtered, byte[] prev) {
        int type = filtered[0];
        int n = filtered.length - 1;
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            int x = filtered[i + 1] & 0xFF;
            int a = i >= 3 ? out[i - 3] & 0xFF : 0;
            int b = prev[i] & 0xFF;
            int c = i >= 3 ? prev[i - 3] & 0xFF : 0;
            int predictor = switch (type) {
                case 0 -> 0;
                case 1 -> a;
                case 2 -> b;
                case 3 -> (a + b) / 2;
                case 4 -> {
                    int p = a + b - c;
                    int pa = Math.abs(p - a);
                    int pb = Math.abs(p - b);
                    int pc = Math.abs(p - c);
                    yield pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
                }
                default -> throw new AssertionError("filter type " + type);
            };
            out[i] = (byte) (x + predictor);
        }
        return out;
    }

    @Test
    void everyFilterTypeRoundTrips() {
        SplittableRandom random = new SplittableRandom(3);
        for (int length : new int[] {3, 6, 9, 30, 3 * 97}) {
            byte[] prev = new byte[length];
            byte[] cur = new byte[length];
            for (int i = 0; i < length; i++) {
                prev[i] = (byte) random.nextInt(256);
                cur[i] = (byte) random.nextInt(256);
            }
            byte[] out = new byte[length + 1];
            for (int type = PngRowFilter.NONE; type <= PngRowFilter.PAETH; type++) {
                PngRowFilter.apply(type, cur, prev, out);
                assertEquals(type, out[0]);
                assertArrayEquals(cur, unfilter(out, prev), "filter " + type + ", " + length + " bytes");
            }
        }
    }

    @Test
    void costIsTheSumOfAbsoluteFilteredBytes() {
        SplittableRandom random = new SplittableRandom(11);
        for (int length : new int[] {3, 12, 1023, 1024, 1025, 5000}) {
            byte[] prev = new byte[length];
            byte[] cur = new byte[length];
            for (int i = 0; i < length; i++) {
                prev[i] = (byte) random.nextInt(256);
                cur[i] = (byte) (prev[i] + random.nextInt(9) - 4);
            }
            byte[] out = new byte[length + 1];
            for (int type = PngRowFilter.NONE; type <= PngRowFilter.PAETH; type++) {
                PngRowFilter.apply(type, cur, prev, out);
                long expected = 0;
                for (int i = 1; i <= length; i++) {
                    expected += Math.abs(out[i]);
                }
                assertEquals(expected, PngRowFilter.cost(type, cur, prev, Long.MAX_VALUE), "type " + type);
                // With a limit the sum may stop early, but a cost that reaches the limit is never reported below it.
                long limit = expected / 2 + 1;
                long capped = PngRowFilter.cost(type, cur, prev, limit);
                if (expected >= limit) {
                    assertTrue(capped >= limit && capped <= expected, capped + " for limit " + limit);
                } else {
                    assertEquals(expected, capped);
                }
            }
        }
    }

    @Test
    void choosesTheCheapestFilter() {
        byte[] prev = new byte[12];
        byte[] same = new byte[12];
        for (int i = 0; i < 12; i++) {
            prev[i] = (byte) (40 + i * 17);
            same[i] = prev[i];
        }
        // A row equal to the one above is all zeros under Up.
        assertEquals(PngRowFilter.UP, new PngRowFilter(12).filter(same, prev)[0]);
        byte[] ramp = new byte[12];
        for (int i = 0; i < 12; i++) {
            ramp[i] = (byte) (100 + (i / 3) * 2);
        }
        // A horizontal ramp is nearly all small values under Sub.
        assertEquals(PngRowFilter.SUB, new PngRowFilter(12).filter(ramp, new byte[12])[0]);
        byte[] zeros = new byte[12];
        assertEquals(PngRowFilter.NONE, new PngRowFilter(12).filter(zeros, new byte[12])[0]);
    }

    @Test
    void paethPredictorMatchesTheSpec() {
        assertEquals(10, PngRowFilter.paeth(10, 20, 20));   // p = 10: left is exact
        assertEquals(20, PngRowFilter.paeth(10, 20, 5));    // p = 25: above is nearest
        assertEquals(15, PngRowFilter.paeth(10, 20, 15));   // p = 15: upper-left is exact
        assertEquals(10, PngRowFilter.paeth(10, 10, 10));   // ties go to left, then above
        assertEquals(0, PngRowFilter.paeth(0, 0, 0));
    }
}
