package dev.mandel.encode;

import dev.mandel.video.FrameSink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a zoom's frames go: an MP4 through ffmpeg when it is installed, else a numbered PNG
 * sequence in {@code NAME-frames/} beside the requested video, with the one-line command that
 * makes the same video from it later.
 */
public final class VideoOutput {

    private final Path video;
    private final int fps;
    private final int crf;
    private final FfmpegPipe pipe;
    private final PngSequence pngs;

    private VideoOutput(Path video, int fps, int crf, FfmpegPipe pipe, PngSequence pngs) {
        this.video = video;
        this.fps = fps;
        this.crf = crf;
        this.pipe = pipe;
        this.pngs = pngs;
    }

    /** Starts the encoder (or prepares the frame folder) for {@code video}. */
    public static VideoOutput open(Path video, int width, int height, int fps, int crf) throws IOException {
        Path target = video.toAbsolutePath();
        Optional<Path> ffmpeg = Ffmpeg.find();
        if (ffmpeg.isPresent()) {
            return new VideoOutput(target, fps, crf, new FfmpegPipe(ffmpeg.get(), target, width, height, fps, crf), null);
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path dir = target.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-frames");
        return new VideoOutput(target, fps, crf, null, new PngSequence(dir, width, height));
    }

    public FrameSink sink() {
        return pipe != null ? pipe : pngs;
    }

    /** Whether frames become an MP4 now (false: PNG frames to assemble later). */
    public boolean encodes() {
        return pipe != null;
    }

    /** CPU seconds ffmpeg spent, once finished; NaN without ffmpeg or when it did not say. */
    public double encoderCpuSeconds() {
        return pipe == null ? Double.NaN : pipe.cpuSeconds();
    }

    /** The file to open once finished: the video, or the first frame's folder. */
    public Path result() {
        return pipe != null ? video : pngs.dir();
    }

    /** One line saying what was written, and without ffmpeg how to make the video. */
    public String describe() {
        if (pipe != null) {
            return "wrote " + video;
        }
        return "ffmpeg not found: wrote " + pngs.written() + " frames to " + pngs.dir()
                + "; assemble them with: " + Ffmpeg.assembleCommand(pngs.pattern(), fps, crf, video);
    }
}
