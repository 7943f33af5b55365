package dev.mandel.pbm;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Benchmarks Game mandelbrot bitmap ({@link BenchmarksGamePlane}) as a binary portable bitmap
 * (P4): the header {@code "P4\nN N\n"}, then {@code N} rows of {@code ceil(N/8)} bytes.
 *
 * <p>Rows are handed out to the workers a few at a time from a shared counter: their cost differs
 * by more than ten times (rows through the set's body run all 50 steps, rows near the top barely
 * start), so a static split would leave one core idle at the end. Every worker writes its own rows
 * of one shared array; nothing else is shared.
 */
public final class PbmImage {

    /** Largest edge: N * ceil(N/8) bytes must fit one Java array. */
    public static final int MAX_EDGE = 131_064;

    /** Rows a worker claims at a time: enough to make the counter cheap, few enough to balance. */
    private static final int ROWS_PER_CLAIM = 4;

    private static final String VECTOR_CLASS = "dev.mandel.pbm.VectorBitmapRows";

    private final int n;
    private final byte[] bits;
    private final String engine;

    private PbmImage(int n, byte[] bits, String engine) {
        this.n = n;
        this.bits = bits;
        this.engine = engine;
    }

    /** Renders the {@code N x N} bitmap on {@code threads} threads (the caller's thread is one). */
    public static PbmImage render(int n, int threads) {
        return render(n, threads, fastest());
    }

    /** As {@link #render(int, int)} with the reference scalar loop, for tests and machines without the Vector API. */
    public static PbmImage renderScalar(int n, int threads) {
        return render(n, threads, new ScalarBitmapRows());
    }

    static PbmImage render(int n, int threads, BitmapRows rows) {
        requireEdge(n);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        int rowBytes = BenchmarksGamePlane.rowBytes(n);
        byte[] bits = new byte[Math.multiplyExact(n, rowBytes)];
        int block = rows.block();
        double[] crs = new double[(n + block - 1) / block * block];
        for (int x = 0; x < crs.length; x++) {
            crs[x] = BenchmarksGamePlane.re(x, n);
        }
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int first; (first = next.getAndAdd(ROWS_PER_CLAIM)) < n; ) {
                for (int y = first, end = Math.min(n, first + ROWS_PER_CLAIM); y < end; y++) {
                    rows.row(BenchmarksGamePlane.im(y, n), crs, n, bits, y * rowBytes);
                }
            }
        };
        Thread[] helpers = new Thread[Math.min(threads, n) - 1];
        for (int t = 0; t < helpers.length; t++) {
            helpers[t] = Thread.ofPlatform().name("pbm-" + (t + 1)).start(work);
        }
        work.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rendering the bitmap", e);
            }
        }
        return new PbmImage(n, bits, rows.name());
    }

    /** Refuses an edge that is not positive or whose bitmap would not fit a Java array. */
    public static void requireEdge(int n) {
        if (n < 1 || n > MAX_EDGE) {
            throw new IllegalArgumentException("N must be between 1 and " + MAX_EDGE + ", got " + n);
        }
    }

    /** Bytes the bitmap of edge {@code n} needs in memory (its file is this plus the header). */
    public static long bytes(int n) {
        return (long) n * BenchmarksGamePlane.rowBytes(n);
    }

    /** The vector rows when the JVM reads {@code jdk.incubator.vector}, else the scalar reference. */
    static BitmapRows fastest() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return new ScalarBitmapRows();
        }
        try {
            return (BitmapRows) Class.forName(VECTOR_CLASS).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | IllegalStateException e) {
            return new ScalarBitmapRows();
        }
    }

    public int n() {
        return n;
    }

    /** Which row loop computed it: {@code vector} or {@code scalar}. */
    public String engine() {
        return engine;
    }

    /** The packed rows without the header. Read-only. */
    public byte[] bits() {
        return bits;
    }

    /** {@code "P4\nN N\n"}. */
    public byte[] header() {
        return ("P4\n" + n + " " + n + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes header and rows. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(header());
        out.write(bits);
        out.flush();
    }
}
