package dev.mandel.io;

/**
 * Chooses and applies the PNG filter for each row of RGB bytes (PNG spec, section 9).
 *
 * <p>A row may be stored as itself (None) or as its difference from the pixel to the left (Sub),
 * the pixel above (Up), their average (Average) or the Paeth predictor. Escape-time images are
 * bands of slowly changing colour, so differences are mostly near zero and deflate packs them far
 * tighter than raw bytes. The filter is chosen per row by the heuristic the PNG spec recommends and
 * libpng uses: the one whose output has the smallest sum of absolute values (bytes read as signed).
 *
 * <p>Choosing costs one pass per filter that only sums (no stores, and it stops as soon as a
 * filter is already worse than the best so far), then one pass that writes the winner. Instances
 * hold one output row and are not thread-safe.
 */
final class PngRowFilter {

    static final int NONE = 0;
    static final int SUB = 1;
    static final int UP = 2;
    static final int AVERAGE = 3;
    static final int PAETH = 4;

    /** Bytes per pixel: 8-bit RGB. */
    private static final int BPP = 3;

    /** Bytes summed between checks against the best cost so far. */
    private static final int CHECK_EVERY = 1024;

    private final byte[] out;

    /** Filters for rows of {@code rowBytes} bytes; outputs are {@code rowBytes + 1} with the type byte first. */
    PngRowFilter(int rowBytes) {
        this.out = new byte[rowBytes + 1];
    }

    /**
     * Filters {@code cur} (with {@code prev} the row above, all zeros for the first row) with the
     * cheapest filter and returns the type byte followed by the filtered row. The returned array is
     * reused by the next call.
     */
    byte[] filter(byte[] cur, byte[] prev) {
        int best = NONE;
        long bestCost = cost(NONE, cur, prev, Long.MAX_VALUE);
        for (int type = SUB; type <= PAETH; type++) {
            long c = cost(type, cur, prev, bestCost);
            if (c < bestCost) {
                bestCost = c;
                best = type;
            }
        }
        apply(best, cur, prev, out);
        return out;
    }

    /**
     * Sum of the absolute filtered values (bytes read as signed) of {@code cur} under {@code type},
     * or some value of at least {@code limit} once the sum reaches it.
     */
    static long cost(int type, byte[] cur, byte[] prev, long limit) {
        int n = cur.length;
        long sum = 0;
        for (int from = 0; from < n && sum < limit; from += CHECK_EVERY) {
            int to = Math.min(n, from + CHECK_EVERY);
            sum += partialCost(type, cur, prev, from, to);
        }
        return sum;
    }

    private static long partialCost(int type, byte[] cur, byte[] prev, int from, int to) {
        int sum = 0;
        int i = from;
        switch (type) {
            case NONE -> {
                for (; i < to; i++) {
                    sum += Math.abs(cur[i]);
                }
            }
            case SUB -> {
                for (; i < Math.min(BPP, to); i++) {
                    sum += Math.abs(cur[i]);
                }
                for (; i < to; i++) {
                    sum += Math.abs((byte) (cur[i] - cur[i - BPP]));
                }
            }
            case UP -> {
                for (; i < to; i++) {
                    sum += Math.abs((byte) (cur[i] - prev[i]));
                }
            }
            case AVERAGE -> {
                for (; i < Math.min(BPP, to); i++) {
                    sum += Math.abs((byte) (cur[i] - ((prev[i] & 0xFF) >>> 1)));
                }
                for (; i < to; i++) {
                    sum += Math.abs((byte) (cur[i] - (((cur[i - BPP] & 0xFF) + (prev[i] & 0xFF)) >>> 1)));
                }
            }
            case PAETH -> {
                for (; i < Math.min(BPP, to); i++) {
                    sum += Math.abs((byte) (cur[i] - prev[i]));
                }
                for (; i < to; i++) {
                    int p = paeth(cur[i - BPP] & 0xFF, prev[i] & 0xFF, prev[i - BPP] & 0xFF);
                    sum += Math.abs((byte) (cur[i] - p));
                }
            }
            default -> throw new IllegalArgumentException("PNG filter type " + type + " does not exist");
        }
        return sum;
    }

    /** Writes the type byte and the row filtered with {@code type} to {@code out[0 .. cur.length]}. */
    static void apply(int type, byte[] cur, byte[] prev, byte[] out) {
        int n = cur.length;
        out[0] = (byte) type;
        switch (type) {
            case NONE -> System.arraycopy(cur, 0, out, 1, n);
            case SUB -> {
                for (int i = 0; i < Math.min(BPP, n); i++) {
                    out[i + 1] = cur[i];
                }
                for (int i = BPP; i < n; i++) {
                    out[i + 1] = (byte) (cur[i] - cur[i - BPP]);
                }
            }
            case UP -> {
                for (int i = 0; i < n; i++) {
                    out[i + 1] = (byte) (cur[i] - prev[i]);
                }
            }
            case AVERAGE -> {
                for (int i = 0; i < Math.min(BPP, n); i++) {
                    out[i + 1] = (byte) (cur[i] - ((prev[i] & 0xFF) >>> 1));
                }
                for (int i = BPP; i < n; i++) {
                    out[i + 1] = (byte) (cur[i] - (((cur[i - BPP] & 0xFF) + (prev[i] & 0xFF)) >>> 1));
                }
            }
            case PAETH -> {
                for (int i = 0; i < Math.min(BPP, n); i++) {
                    out[i + 1] = (byte) (cur[i] - prev[i]);   // left and upper-left are 0: Paeth picks above
                }
                for (int i = BPP; i < n; i++) {
                    int p = paeth(cur[i - BPP] & 0xFF, prev[i] & 0xFF, prev[i - BPP] & 0xFF);
                    out[i + 1] = (byte) (cur[i] - p);
                }
            }
            default -> throw new IllegalArgumentException("PNG filter type " + type + " does not exist");
        }
    }

    /** The PNG spec's Paeth predictor: whichever of left, above, upper-left is nearest to left + above - upper-left. */
    static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }
}
