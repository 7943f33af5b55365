package dev.mandel.encode;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the {@code ffmpeg} program is and how it is called to make an H.264 MP4: yuv420p (what
 * every player decodes), quality set by the constant rate factor, BT.709 colours tagged, and the
 * index at the front of the file so it starts playing before it has fully downloaded.
 */
public final class Ffmpeg {

    /** System property naming the ffmpeg program; an empty value or a missing file means "none". */
    public static final String PROPERTY = "mandelbrot.ffmpeg";
    /** CRF 18 is visually lossless for most material; 0-51, lower is better and larger. */
    public static final int DEFAULT_CRF = 18;
    public static final int MAX_CRF = 51;

    private Ffmpeg() {
    }

    /** The ffmpeg executable: the {@value #PROPERTY} property when set, else the first on PATH. */
    public static Optional<Path> find() {
        String told = System.getProperty(PROPERTY);
        if (told != null) {
            Path p = Path.of(told.isBlank() ? "/nonexistent/ffmpeg" : told);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        return onPath("ffmpeg");
    }

    /** The first executable called {@code name} on PATH. */
    public static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The encoder's output options, shared by the pipe and by the command that assembles PNG frames. */
    static List<String> h264(int crf) {
        return List.of("-an", "-c:v", "libx264", "-preset", "medium", "-crf", Integer.toString(crf),
                "-vf", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p", "-pix_fmt", "yuv420p",
                "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
                "-movflags", "+faststart");
    }

    /** Reads raw RGB frames of {@code width x height} from stdin and writes an MP4 to {@code target}. */
    static List<String> pipeCommand(Path ffmpeg, int width, int height, int fps, int crf, Path target) {
        // Info level for -benchmark's closing "bench: utime=... stime=..." line (the CPU ffmpeg
        // spent); -nostats drops the progress lines. The output is kept, not shown.
        List<String> cmd = new ArrayList<>(List.of(ffmpeg.toString(), "-hide_banner", "-nostats", "-benchmark",
                "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", width + "x" + height, "-framerate",
                Integer.toString(fps), "-i", "pipe:0"));
        cmd.addAll(h264(crf));
        cmd.addAll(List.of("-f", "mp4", "-y", target.toString()));
        return cmd;
    }

    /** User plus system CPU seconds from ffmpeg's {@code -benchmark} line, or NaN when absent. */
    static double benchmarkCpuSeconds(String stderr) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("bench: utime=([0-9.]+)s stime=([0-9.]+)s").matcher(stderr);
        double found = Double.NaN;
        while (m.find()) {
            found = Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2));
        }
        return found;
    }

    /** The line of ffmpeg's output that explains a failure: the last one naming an error, else the last. */
    static String lastComplaint(String stderr) {
        String[] lines = stderr.strip().split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            String l = lines[i].toLowerCase(Locale.ROOT);
            if (l.contains("error") || l.contains("invalid") || l.contains("unable") || l.contains("not ")) {
                return lines[i].strip();
            }
        }
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }

    /** The one-line shell command that turns a numbered PNG sequence into the same MP4. */
    public static String assembleCommand(Path framePattern, int fps, int crf, Path target) {
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-framerate", Integer.toString(fps), "-i",
                framePattern.toString()));
        cmd.addAll(h264(crf));
        cmd.add(target.toString());
        StringBuilder sb = new StringBuilder();
        for (String arg : cmd) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(shellQuoted(arg));
        }
        return sb.toString();
    }

    /** {@code arg} as one POSIX shell word. */
    static String shellQuoted(String arg) {
        if (arg.matches("[A-Za-z0-9_./:=+,-]+")) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    /** Checks the rate factor; one line naming the option otherwise. */
    public static int crf(int crf) {
        if (crf < 0 || crf > MAX_CRF) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "--crf must be between 0 (lossless) and %d, got %d", MAX_CRF, crf));
        }
        return crf;
    }
}
