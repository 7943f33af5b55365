package dev.mandel.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mandel.kernel.ScalarKernel;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CPython baseline's result ({@code bench/python/mandelbrot.py --json}), checked against the
 * Java scalar kernel on the same rows: how many pixels the timed Python loop and the exact-fma
 * Python loop count differently from us.
 *
 * @param rowsTimed      the rows of the preset Python timed
 * @param mismatches     pixels of the timed rows whose Python count differs from ours
 * @param exactRows      rows recomputed with a correctly rounded fma (empty if skipped)
 * @param exactMismatches pixels of those rows that still differ (0 means same semantics)
 */
public record PythonBaseline(String python, String arithmetic, String preset, int width, int maxIter,
                             List<Integer> rowsTimed, long iterations, double bestSeconds, int repeats,
                             double nsPerIteration, long pixelsTimed, long mismatches, List<Integer> exactRows,
                             long exactPixels, long exactMismatches, String exactMethod) {

    public static PythonBaseline read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        Preset preset = Preset.parse(root.path("preset").asText());
        Viewport view = preset.view();
        int maxIter = root.path("maxIter").asInt();
        if (root.path("width").asInt() != view.width() || root.path("height").asInt() != view.height()
                || maxIter != preset.maxIter()) {
            throw new IOException(json + ": the Python baseline's " + preset.id()
                    + " frame is not the core preset's size or iteration limit");
        }
        List<Integer> rows = ints(root.path("rows"));
        long[] timed = mismatches(view, maxIter, rows, root.path("counts"));
        List<Integer> exactRows = List.of();
        long[] exact = {0, 0};
        String exactMethod = "";
        JsonNode ex = root.path("exact");
        if (!ex.isMissingNode()) {
            exactRows = ints(ex.path("rows"));
            exact = mismatches(view, maxIter, exactRows, ex.path("counts"));
            exactMethod = ex.path("method").asText();
        }
        return new PythonBaseline(root.path("python").asText(), root.path("arithmetic").asText(), preset.id(),
                view.width(), maxIter, rows, root.path("iterations").asLong(), root.path("bestSeconds").asDouble(),
                root.path("repeats").asInt(), root.path("nsPerIteration").asDouble(), timed[0], timed[1],
                exactRows, exact[0], exact[1], exactMethod);
    }

    /** Python's escape iterations per second, G. */
    public double gips() {
        return 1.0 / nsPerIteration;
    }

    /** {pixels compared, pixels that differ} between Python's counts and the Java scalar kernel's. */
    private static long[] mismatches(Viewport view, int maxIter, List<Integer> rows, JsonNode counts) throws IOException {
        if (counts.size() != rows.size()) {
            throw new IOException("the Python baseline has " + counts.size() + " count rows for " + rows.size() + " rows");
        }
        ScalarKernel scalar = new ScalarKernel();
        int[] ours = new int[view.width()];
        long pixels = 0;
        long differ = 0;
        for (int r = 0; r < rows.size(); r++) {
            scalar.row(view, rows.get(r), maxIter, ours, 0);
            JsonNode theirs = counts.get(r);
            if (theirs.size() != view.width()) {
                throw new IOException("the Python baseline's row " + rows.get(r) + " has " + theirs.size() + " pixels");
            }
            for (int i = 0; i < ours.length; i++) {
                pixels++;
                if (theirs.get(i).asInt() != ours[i]) {
                    differ++;
                }
            }
        }
        return new long[]{pixels, differ};
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }
}
