package dev.mandel.encode;

import org.junit.jupiter.api.Assumptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Test helpers: ffprobe and ffmpeg as a decoder, skipping (visibly) where they are not installed. */
public final class FfmpegTools {

    private FfmpegTools() {
    }

    /** ffmpeg, or a skipped test saying how to install it. */
    public static Path requireFfmpeg() {
        Optional<Path> ffmpeg = Ffmpeg.onPath("ffmpeg");
        Assumptions.assumeTrue(ffmpeg.isPresent() && Ffmpeg.onPath("ffprobe").isPresent(),
                "ffmpeg/ffprobe not installed: run .ci/ensure-ffmpeg to test the encoder path");
        return ffmpeg.get();
    }

    /** codec, width, height, pixel format and decoded frame count of the first video stream. */
    public record Probe(String codec, int width, int height, String pixelFormat, int frames) {
    }

    public static Probe probe(Path video) throws IOException {
        String out = run(List.of("ffprobe", "-v", "error", "-select_streams", "v:0", "-count_frames",
                "-show_entries", "stream=codec_name,width,height,pix_fmt,nb_read_frames", "-of", "csv=p=0",
                video.toString())).strip();
        String[] f = out.split(",");
        if (f.length != 5) {
            throw new IOException("unexpected ffprobe output: " + out);
        }
        return new Probe(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], Integer.parseInt(f[4]));
    }

    /** Every frame of a video decoded to opaque ARGB. */
    public static List<int[]> decode(Path video, int width, int height) throws IOException {
        byte[] raw = runBytes(List.of("ffmpeg", "-v", "error", "-i", video.toString(), "-f", "rawvideo",
                "-pix_fmt", "rgb24", "pipe:1"));
        int frameBytes = width * height * 3;
        if (raw.length % frameBytes != 0) {
            throw new IOException(raw.length + " decoded bytes are not whole " + width + "x" + height + " frames");
        }
        List<int[]> frames = new ArrayList<>();
        for (int off = 0; off < raw.length; off += frameBytes) {
            int[] argb = new int[width * height];
            for (int p = 0, b = off; p < argb.length; p++, b += 3) {
                argb[p] = 0xFF000000 | (raw[b] & 0xFF) << 16 | (raw[b + 1] & 0xFF) << 8 | (raw[b + 2] & 0xFF);
            }
            frames.add(argb);
        }
        return frames;
    }

    /** Mean absolute difference per colour channel, 0-255. */
    public static double meanAbsDifference(int[] a, int[] b) {
        long sum = 0;
        for (int p = 0; p < a.length; p++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                sum += Math.abs((a[p] >> shift & 0xFF) - (b[p] >> shift & 0xFF));
            }
        }
        return sum / (3.0 * a.length);
    }

    public static String run(List<String> command) throws IOException {
        return new String(runBytes(command), StandardCharsets.UTF_8);
    }

    private static byte[] runBytes(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            out = buf.toByteArray();
        }
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }
}
