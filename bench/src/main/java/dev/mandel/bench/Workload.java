package dev.mandel.bench;

import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The frames the benchmarks render. Each is a core {@link Preset} region, so "mojo" means the same
 * pixels here, on the command line and in the viewer.
 */
public enum Workload {

    /** The over-partitioning post's workload: [-2, 0.6] x [-1.5, 1.5], 960x960, 1000 iterations. */
    MOJO("mojo", Preset.MOJO, 960),
    /** The same region at 4096x4096: 18x the pixels, rows long enough that tails and caches matter. */
    MOJO4096("mojo4096", Preset.MOJO, 4096),
    /** Upper half of the set under empty sky: the cost sits in the lower rows, static bands starve. */
    CLASSROOM("classroom", Preset.CLASSROOM, 960);

    private final String id;
    private final Preset preset;
    private final int size;

    Workload(String id, Preset preset, int size) {
        this.id = id;
        this.preset = preset;
        this.size = size;
    }

    public String id() {
        return id;
    }

    public Viewport view() {
        return preset.view(size, size);
    }

    public int maxIter() {
        return preset.maxIter();
    }

    /** "960x960, 1000 iterations" for reports. */
    public String describe() {
        return size + "x" + size + ", " + maxIter() + " iterations, preset " + preset.id();
    }

    public static Workload parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (Workload w : values()) {
            if (w.id.equals(key)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown workload '" + text + "' (allowed: "
                + Arrays.stream(values()).map(Workload::id).collect(Collectors.joining(", ")) + ")");
    }
}
