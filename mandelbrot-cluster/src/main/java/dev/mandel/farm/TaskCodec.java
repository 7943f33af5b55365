package dev.mandel.farm;

import dev.mandel.view.Viewport;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Tasks and answers as bytes, the only thing the farm moves between machines.
 *
 * <p>A worker never deserializes an object graph it was sent: it reads a fixed layout of numbers
 * (big-endian) and builds a {@link RenderTask} through its checking constructor, so a malformed or
 * hostile task is a refusal, not code. Every length is checked against the bytes actually present
 * before anything is allocated.
 *
 * <p>Task layout: magic {@code MBT1}, job (long), index (int), xMin, xMax, yMin, yMax (double),
 * width, height, maxIter (int), smooth (byte), firstRow, rows (int).
 * <br>Answer layout: magic {@code MBR1}, status (byte); a refusal carries a UTF-8 reason (int length,
 * bytes); a result carries job, index, kernel name, render ns, rows, smooth, then the counts (int
 * per pixel), {@code |z|^2} (double per pixel) when smooth, and the row totals (long per row).
 */
public final class TaskCodec {

    private static final int TASK_MAGIC = 0x4D425431;     // "MBT1"
    private static final int ANSWER_MAGIC = 0x4D425231;   // "MBR1"
    private static final byte OK = 0;
    private static final byte REFUSED = 1;
    private static final int TASK_BYTES = 4 + 8 + 4 + 4 * 8 + 3 * 4 + 1 + 2 * 4;
    private static final int MAX_TEXT = 1 << 12;

    private TaskCodec() {
    }

    public static byte[] encode(RenderTask task) {
        Viewport v = task.view();
        return ByteBuffer.allocate(TASK_BYTES)
                .putInt(TASK_MAGIC).putLong(task.job()).putInt(task.index())
                .putDouble(v.xMin()).putDouble(v.xMax()).putDouble(v.yMin()).putDouble(v.yMax())
                .putInt(v.width()).putInt(v.height()).putInt(task.maxIter())
                .put((byte) (task.smooth() ? 1 : 0)).putInt(task.firstRow()).putInt(task.rows())
                .array();
    }

    /** Reads a task; a wrong layout or an impossible value is a {@link TaskRefusedException}. */
    public static RenderTask decodeTask(byte[] bytes) {
        if (bytes.length != TASK_BYTES) {
            throw new TaskRefusedException("not a render task (" + bytes.length + " bytes, expected " + TASK_BYTES + ")");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getInt() != TASK_MAGIC) {
            throw new TaskRefusedException("not a render task (wrong magic number)");
        }
        try {
            long job = in.getLong();
            int index = in.getInt();
            Viewport view = new Viewport(in.getDouble(), in.getDouble(), in.getDouble(), in.getDouble(),
                    in.getInt(), in.getInt());
            int maxIter = in.getInt();
            boolean smooth = in.get() != 0;
            return new RenderTask(job, index, view, maxIter, smooth, in.getInt(), in.getInt());
        } catch (IllegalArgumentException e) {
            throw new TaskRefusedException("invalid render task: " + e.getMessage());
        }
    }

    public static byte[] encode(TaskResult r) {
        byte[] kernel = r.kernel().getBytes(StandardCharsets.UTF_8);
        int pixels = r.counts().length;
        boolean smooth = r.escapeMag2() != null;
        long size = 4 + 1 + 8 + 4 + 4 + kernel.length + 8 + 4 + 1
                + 4L * pixels + (smooth ? 8L * pixels : 0) + 8L * r.rowTotals().length;
        if (size > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("a task answer of " + size + " bytes is too large; use smaller tasks");
        }
        ByteBuffer out = ByteBuffer.allocate((int) size);
        out.putInt(ANSWER_MAGIC).put(OK).putLong(r.job()).putInt(r.index())
                .putInt(kernel.length).put(kernel).putLong(r.renderNanos())
                .putInt(r.rowTotals().length).put((byte) (smooth ? 1 : 0));
        out.asIntBuffer().put(r.counts());
        out.position(out.position() + 4 * pixels);
        if (smooth) {
            out.asDoubleBuffer().put(r.escapeMag2());
            out.position(out.position() + 8 * pixels);
        }
        out.asLongBuffer().put(r.rowTotals());
        return out.array();
    }

    public static byte[] encodeRefusal(String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        int length = Math.min(text.length, MAX_TEXT);
        return ByteBuffer.allocate(4 + 1 + 4 + length).putInt(ANSWER_MAGIC).put(REFUSED).putInt(length)
                .put(text, 0, length).array();
    }

    /** The reason of a refusal, or {@code null} when {@code bytes} is not a refusal. */
    public static String refusalReason(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            if (in.getInt() != ANSWER_MAGIC || in.get() != REFUSED) {
                return null;
            }
            return text(in, in.getInt());
        } catch (BufferUnderflowException | TaskRefusedException e) {
            return null;
        }
    }

    /**
     * Reads an answer to {@code task}: its result, or a {@link TaskRefusedException} with the
     * worker's reason. An answer that does not fit the task is refused too.
     */
    public static TaskResult decodeAnswer(byte[] bytes, RenderTask task) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            if (in.getInt() != ANSWER_MAGIC) {
                throw new TaskRefusedException("not a task answer (wrong magic number)");
            }
            byte status = in.get();
            if (status == REFUSED) {
                throw new TaskRefusedException(text(in, in.getInt()));
            }
            if (status != OK) {
                throw new TaskRefusedException("not a task answer (status " + status + ")");
            }
            long job = in.getLong();
            int index = in.getInt();
            String kernel = text(in, in.getInt());
            long nanos = in.getLong();
            int rows = in.getInt();
            boolean smooth = in.get() != 0;
            if (job != task.job() || index != task.index() || rows != task.rows() || smooth != task.smooth()) {
                throw new TaskRefusedException("the answer is for another task (job " + job + " task " + index + ")");
            }
            int pixels = task.pixels();
            long expected = 4L * pixels + (smooth ? 8L * pixels : 0) + 8L * rows;
            if (in.remaining() != expected) {
                throw new TaskRefusedException("the answer has " + in.remaining() + " bytes of pixels, expected " + expected);
            }
            int[] counts = new int[pixels];
            in.asIntBuffer().get(counts);
            in.position(in.position() + 4 * pixels);
            double[] mag2 = null;
            if (smooth) {
                mag2 = new double[pixels];
                in.asDoubleBuffer().get(mag2);
                in.position(in.position() + 8 * pixels);
            }
            long[] totals = new long[rows];
            in.asLongBuffer().get(totals);
            return new TaskResult(job, index, counts, mag2, totals, kernel, nanos);
        } catch (BufferUnderflowException e) {
            throw new TaskRefusedException("the task answer is cut short");
        }
    }

    private static String text(ByteBuffer in, int length) {
        if (length < 0 || length > MAX_TEXT || length > in.remaining()) {
            throw new TaskRefusedException("a text of " + length + " bytes in a task answer");
        }
        byte[] b = new byte[length];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
