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
 * <p>Each filter is its own tight loop over the row, written into a trial buffer; the best output
 * so far is kept by swapping buffers, so choosing costs five passes and no per-byte dispatch.
 * Instances hold two row buffers and are not thread-safe.
 */
final class PngRowFilter {

    static final int NONE = 0;
    static final int SUB = 1;
    static final int UP = 2;
    static final int AVERAGE = 3;
    static final int PAETH = 4;

    /** Bytes per pixel: 8-bit RGB. */
    private static final int BPP = 3;

    private byte[] best;
    private byte[] trial;

    /** Filters for rows of {@code rowBytes} bytes; outputs are {@code rowBytes + 1} with the type byte first. */
    PngRowFilter(int rowBytes) {
        this.best = new byte[rowBytes + 1];
        this.trial = new byte[rowBytes + 1];
    }

    /**
     * Filters {@code cur} (with {@code prev} the row above, all zeros for the first row) with the
     * cheapest filter and returns the type byte followed by the filtered row. The returned array is
     * reused by the next call.
     */
    byte[] filter(byte[] cur, byte[] prev) {
        long bestCost = Long.MAX_VALUE;
        for (int type = NONE; type <= PAETH; type++) {
            apply(type, cur, prev, trial);
            long cost = cost(trial);
            if (cost < bestCost) {
                bestCost = cost;
                byte[] t = best;
                best = trial;
                trial = t;
            }
        }
        return best;
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

    /** Sum of the filtered bytes read as signed values, the type byte excluded. */
    private static long cost(byte[] filtered) {
        long sum = 0;
        for (int i = 1; i < filtered.length; i++) {
            sum += Math.abs(filtered[i]);
        }
        return sum;
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
