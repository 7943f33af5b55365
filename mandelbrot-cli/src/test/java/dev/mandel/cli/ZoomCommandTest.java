package dev.mandel.cli;

import dev.mandel.encode.Ffmpeg;
import dev.mandel.encode.FfmpegTools;
import dev.mandel.io.PngDecoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code mandelbrot zoom} end to end at tiny sizes: the MP4, the PNG fallback, resuming, bad input. */
class ZoomCommandTest {

    private static final String CENTRE = "-0.7453,0.1127";
    private static final String SPAN = "0.002";
    private static final String SIZE = "48x32";
    private static final int W = 48;
    private static final int H = 32;

    private static List<String> zoom(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("zoom", "--center", CENTRE, "--span", SPAN, "--seconds", "1",
                "--fps", "8", "--size", SIZE, "--max-iter", "400", "--smooth", "--threads", "2", "-o", out.toString()));
        args.addAll(Arrays.asList(more));
        return args;
    }

    /** The still render of the zoom's target view, decoded. */
    private static int[] still(Path dir) throws IOException {
        Path png = dir.resolve("still.png");
        CliRun r = CliRun.of("render", "--center", CENTRE, "--span", SPAN, "--size", SIZE, "--max-iter", "400",
                "--smooth", "--no-warmup", "-o", png.toString());
        assertEquals(0, r.exitCode(), r.toString());
        return PngDecoding.decodeArgb(Files.readAllBytes(png), W, H);
    }

    @Test
    void mp4HasEveryFrameAndEndsOnTheTargetView(@TempDir Path dir) throws IOException {
        FfmpegTools.requireFfmpeg();
        Path video = dir.resolve("zoom.mp4");
        // Lossless H.264 (CRF 0) keeps the YUV frames exactly, so the last frame can be held against
        // the still render put through the same conversion to yuv420p.
        CliRun r = CliRun.of(zoom(video, "--crf", "0").toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("wrote " + video), r.toString());
        assertEquals(new FfmpegTools.Probe("h264", W, H, "yuv420p", 8), FfmpegTools.probe(video));
        List<int[]> frames = FfmpegTools.decode(video, W, H);
        int[] still = still(dir);
        double firstToMiddle = FfmpegTools.meanAbsDifference(frames.get(0), frames.get(4));
        double middleToLast = FfmpegTools.meanAbsDifference(frames.get(4), frames.get(7));
        assertTrue(firstToMiddle > 10 && middleToLast > 10, firstToMiddle + " " + middleToLast);
        Path stillVideo = dir.resolve("still.mp4");
        String encodeStill = Ffmpeg.assembleCommand(dir.resolve("still.png"), 8, 0, stillVideo);
        Process sh = new ProcessBuilder("sh", "-c", encodeStill).redirectErrorStream(true).start();
        String said = new String(sh.getInputStream().readAllBytes());
        assertEquals(0, waitFor(sh), said);
        assertArrayEquals(FfmpegTools.decode(stillVideo, W, H).get(0), frames.get(7),
                "the last frame is the still render of the target view, through the same yuv420p conversion");
        assertFalse(Files.exists(dir.resolve("zoom.mp4.keyframes")), "keyframes are removed once the video is complete");
    }

    private static int waitFor(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Test
    void withoutFfmpegFramesArePngsAndTheLastIsTheStillRender(@TempDir Path dir) throws IOException {
        Path video = dir.resolve("zoom.mp4");
        System.setProperty(Ffmpeg.PROPERTY, "");
        CliRun first;
        CliRun second;
        try {
            first = CliRun.of(zoom(video, "--keep-keyframes").toArray(String[]::new));
            second = CliRun.of(zoom(video).toArray(String[]::new));
        } finally {
            System.clearProperty(Ffmpeg.PROPERTY);
        }
        assertEquals(0, first.exitCode(), first.toString());
        Path frames = dir.resolve("zoom-frames");
        String said = first.outLines().get(first.outLines().size() - 1);
        assertTrue(said.startsWith("ffmpeg not found: wrote 8 frames to " + frames + "; assemble them with: ffmpeg "), said);
        assertTrue(said.endsWith(video.toString()), said);
        assertFalse(Files.exists(video));
        assertTrue(Files.exists(frames.resolve("frame-00008.png")) && !Files.exists(frames.resolve("frame-00009.png")));
        int[] last = PngDecoding.decodeArgb(Files.readAllBytes(frames.resolve("frame-00008.png")), W, H);
        assertArrayEquals(still(dir), last, "the last frame is the still render of the target, pixel for pixel");

        assertEquals(0, second.exitCode(), second.toString());
        assertTrue(second.out().contains("resuming: "), second.toString());
        assertTrue(second.out().contains(" rendered 0 pictures ("), "every keyframe came from the cache: " + second);
        assertArrayEquals(last, PngDecoding.decodeArgb(Files.readAllBytes(frames.resolve("frame-00008.png")), W, H));
        assertFalse(Files.exists(dir.resolve("zoom.mp4.keyframes")), "removed once complete");
    }

    static Stream<Arguments> badZooms() {
        return Stream.of(
                bad("--size 47x32: a video needs even width and height", "--size", "47x32"),
                bad("--seconds x --fps must be a whole number of frames", "--seconds", "1.01"),
                bad("--seconds must be a positive number", "--seconds", "0"),
                bad("--fps must be between 1 and 240, got 0", "--fps", "0"),
                bad("--center '1,2,3' must be RE,IM", "--center", "1,2,3"),
                bad("'x' is not a decimal number", "--center", "x,0"),
                bad("--span 'wide' is not a number", "--span", "wide"),
                bad("--span must be positive", "--span", "-1"),
                bad("--from-span (0.001) must be wider than --span (0.002)", "--from-span", "0.001"),
                bad("--span 1e-3000 with --center -0.7453,0.1127 is outside what the deep engine draws", "--span", "1e-3000"),
                bad("--crf must be between 0 (lossless) and 51, got 60", "--crf", "60"),
                bad("option '--method': unknown method 'fast' (allowed: direct, keyframes)", "--method", "fast"),
                bad("option '--max-iter': 'many' must be a whole number >= 1 or 'auto'", "--max-iter", "many"),
                bad("option '--max-iter': the iteration limit must be at least 1 or 'auto', got 0", "--max-iter", "0"),
                bad("unknown palette 'plaid'", "--palette", "plaid"),
                bad("must end in .mp4", "-o", "@/zoom.avi"),
                bad("does not exist", "-o", "@/missing/zoom.mp4"));
    }

    private static Arguments bad(String expected, String... args) {
        return Arguments.of(expected, List.of(args));
    }

    @ParameterizedTest
    @MethodSource("badZooms")
    void badInputIsOneLineAndExitTwo(String expected, List<String> changes, @TempDir Path dir) throws IOException {
        List<String> args = zoom(dir.resolve("zoom.mp4"));
        for (int k = 0; k < changes.size(); k += 2) {
            String option = changes.get(k);
            String value = changes.get(k + 1).replace("@", dir.toString());
            int at = args.indexOf(option);
            if (at < 0) {
                args.addAll(List.of(option, value));
            } else {
                args.set(at + 1, value);
            }
        }
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.errLines().get(0).startsWith("error: ") && r.err().contains(expected), r.toString());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "nothing written");
        }
    }
}
