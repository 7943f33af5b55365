package dev.mandel.encode;

import dev.mandel.video.FrameSink;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

/**
 * Frames piped as raw RGB into an {@code ffmpeg} process that encodes an H.264 MP4: no frame ever
 * touches the disk. ffmpeg writes to a hidden file beside the target, which replaces the target
 * only once ffmpeg has finished it; a failed or stopped encode leaves no video behind.
 */
public final class FfmpegPipe implements FrameSink {

    /** Kept from ffmpeg's error output, for the one-line message when it fails. */
    private static final int STDERR_KEEP = 4096;

    private final Path target;
    private final Path part;
    private final Process process;
    private final OutputStream frames;
    private final byte[] rgb;
    private final StringBuilder stderr = new StringBuilder();
    private final Thread stderrReader;
    private int framesWritten;
    private double cpuSeconds = Double.NaN;

    /** Starts ffmpeg for frames of {@code width x height} (both even: yuv420p halves them) at {@code fps}. */
    public FfmpegPipe(Path ffmpeg, Path target, int width, int height, int fps, int crf) throws IOException {
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("H.264 in yuv420p needs an even width and height, got "
                    + width + "x" + height);
        }
        this.target = target.toAbsolutePath();
        this.part = dev.mandel.io.SideName.partBeside(this.target);   // fits wherever the target's name does
        this.part.toFile().deleteOnExit();
        ProcessBuilder pb = new ProcessBuilder(Ffmpeg.pipeCommand(ffmpeg, width, height, fps, Ffmpeg.crf(crf), part));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        this.process = pb.start();
        this.frames = new BufferedOutputStream(process.getOutputStream(), 1 << 20);
        this.rgb = new byte[Math.multiplyExact(Math.multiplyExact(width, height), 3)];
        this.stderrReader = Thread.ofPlatform().daemon().name("ffmpeg-stderr").start(this::keepStderr);
    }

    @Override
    public void accept(int[] argb) throws IOException {
        if (argb.length * 3 != rgb.length) {
            throw new IllegalArgumentException("frame of " + argb.length + " pixels, expected " + rgb.length / 3);
        }
        for (int p = 0, b = 0; p < argb.length; p++, b += 3) {
            int c = argb[p];
            rgb[b] = (byte) (c >>> 16);
            rgb[b + 1] = (byte) (c >>> 8);
            rgb[b + 2] = (byte) c;
        }
        try {
            frames.write(rgb);
        } catch (IOException e) {
            throw failure("stopped reading frames after " + framesWritten);
        }
        framesWritten++;
    }

    @Override
    public void finish() throws IOException {
        try {
            frames.close();
        } catch (IOException e) {
            throw failure("stopped reading frames after " + framesWritten);
        }
        int exit = waitFor();
        if (exit != 0) {
            throw failure("exited with code " + exit);
        }
        cpuSeconds = Ffmpeg.benchmarkCpuSeconds(said());
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void abort() {
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // deleteOnExit removes it when the JVM ends
        }
    }

    private int waitFor() throws IOException {
        try {
            int exit = process.waitFor();
            stderrReader.join(1000);
            return exit;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg was finishing the video");
        }
    }

    /** CPU seconds (user + system) ffmpeg spent on the whole video, once finished; NaN if it did not say. */
    public double cpuSeconds() {
        return cpuSeconds;
    }

    /** Ends ffmpeg, removes its partial file, and says what ffmpeg said. */
    private IOException failure(String what) {
        abort();
        String last = Ffmpeg.lastComplaint(said());
        return new IOException("ffmpeg " + what + (last.isEmpty() ? "" : ": " + last));
    }

    private String said() {
        synchronized (stderr) {
            return stderr.toString();
        }
    }

    private void keepStderr() {
        try (InputStream in = process.getErrorStream()) {
            byte[] buf = new byte[4096];
            int n;
            while ((n = in.read(buf)) > 0) {
                synchronized (stderr) {
                    stderr.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    if (stderr.length() > STDERR_KEEP) {
                        stderr.delete(0, stderr.length() - STDERR_KEEP);
                    }
                }
            }
        } catch (IOException e) {
            // ffmpeg is gone; whatever it said is kept
        }
    }
}
