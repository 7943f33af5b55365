package dev.mandel.encode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FfmpegPipeTest {

    private static final int W = 32;
    private static final int H = 16;

    /** Frame {@code k}: a flat grey that brightens frame by frame, with a red column that walks right. */
    private static int[] frame(int k) {
        int[] argb = new int[W * H];
        int g = 40 + 20 * k;
        for (int p = 0; p < argb.length; p++) {
            argb[p] = p % W == 4 * k ? 0xFFFF0000 : 0xFF000000 | g << 16 | g << 8 | g;
        }
        return argb;
    }

    @Test
    void encodesH264Yuv420pWithEveryFrame(@TempDir Path dir) throws IOException {
        Path ffmpeg = FfmpegTools.requireFfmpeg();
        Path video = dir.resolve("v.mp4");
        FfmpegPipe pipe = new FfmpegPipe(ffmpeg, video, W, H, 10, 10);
        for (int k = 0; k < 7; k++) {
            pipe.accept(frame(k));
            assertFalse(Files.exists(video), "the video appears only when complete");
        }
        pipe.finish();
        assertEquals(new FfmpegTools.Probe("h264", W, H, "yuv420p", 7), FfmpegTools.probe(video));
        List<int[]> decoded = FfmpegTools.decode(video, W, H);
        assertEquals(7, decoded.size());
        for (int k = 0; k < 7; k++) {
            assertTrue(FfmpegTools.meanAbsDifference(frame(k), decoded.get(k)) < 6, "frame " + k + " decodes close to what went in");
        }
        assertTrue(pipe.cpuSeconds() >= 0, "ffmpeg's -benchmark line gives its CPU time");
        assertEquals(List.of(video), listing(dir), "no part file is left beside the video");
    }

    @Test
    void abortLeavesNothing(@TempDir Path dir) throws IOException {
        Path ffmpeg = FfmpegTools.requireFfmpeg();
        FfmpegPipe pipe = new FfmpegPipe(ffmpeg, dir.resolve("v.mp4"), W, H, 10, 18);
        pipe.accept(frame(0));
        pipe.abort();
        assertEquals(List.of(), listing(dir));
    }

    @Test
    void oddSizesAreRefusedBeforeFfmpegStarts(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FfmpegPipe(Path.of("/nonexistent/ffmpeg"), dir.resolve("v.mp4"), 33, 16, 10, 18));
        assertTrue(e.getMessage().contains("even"), e.getMessage());
    }

    @Test
    void pngSequenceAssemblesWithThePrintedCommand(@TempDir Path dir) throws Exception {
        PngSequence pngs = new PngSequence(dir.resolve("frames"), W, H);
        for (int k = 0; k < 5; k++) {
            pngs.accept(frame(k));
        }
        pngs.finish();
        assertTrue(Files.exists(pngs.frame(1)) && Files.exists(pngs.frame(5)) && !Files.exists(pngs.frame(6)));
        Path video = dir.resolve("out put.mp4");
        String command = Ffmpeg.assembleCommand(pngs.pattern(), 10, 18, video);
        assertFalse(command.contains("\n"), "one line");
        FfmpegTools.requireFfmpeg();
        Process sh = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String said = new String(sh.getInputStream().readAllBytes());
        assertEquals(0, sh.waitFor(), said);
        assertEquals(new FfmpegTools.Probe("h264", W, H, "yuv420p", 5), FfmpegTools.probe(video));
    }

    @Test
    void stoppedSequenceRemovesItsFrames(@TempDir Path dir) throws IOException {
        PngSequence pngs = new PngSequence(dir, W, H);
        pngs.accept(frame(0));
        pngs.accept(frame(1));
        pngs.abort();
        assertEquals(List.of(), listing(dir));
    }

    @Test
    void benchmarkLineAndComplaintsAreRead() {
        assertEquals(1.5, Ffmpeg.benchmarkCpuSeconds("x\nbench: utime=1.250s stime=0.250s rtime=3.000s\n"), 1e-9);
        assertTrue(Double.isNaN(Ffmpeg.benchmarkCpuSeconds("nothing")));
        assertEquals("Unknown encoder 'libx264'", Ffmpeg.lastComplaint("a\nUnknown encoder 'libx264'\n"));
        assertEquals("pipe:0: Invalid data found", Ffmpeg.lastComplaint("info\npipe:0: Invalid data found\nlast\n"));
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
