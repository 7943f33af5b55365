package dev.mandel.cli;

import dev.mandel.color.Palette;
import dev.mandel.render.Renderer;
import dev.mandel.deep.DeepView;
import dev.mandel.video.DeepViewRenderer;
import dev.mandel.video.DoubleViewRenderer;
import dev.mandel.video.EngineViewRenderer;
import dev.mandel.video.ViewRenderer;
import dev.mandel.video.ZoomMethod;
import dev.mandel.video.ZoomPlan;
import dev.mandel.video.ZoomView;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;

/** Checks and derived settings of {@code mandelbrot zoom}, each failing with one line naming the option. */
final class ZoomOptions {

    private ZoomOptions() {
    }

    /** {@code RE,IM} as two decimal strings of any length, kept as typed (trimmed). */
    static String[] centre(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("--center '" + text + "' must be RE,IM, e.g. -0.7453,0.1127");
        }
        for (int k = 0; k < 2; k++) {
            parts[k] = parts[k].trim();
            try {
                new BigDecimal(parts[k]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--center '" + text + "': '" + parts[k] + "' is not a decimal number");
            }
        }
        return parts;
    }

    /** yuv420p stores colour at half resolution both ways, so H.264 frames need even edges. */
    static void requireEven(int[] wh) {
        if (wh[0] % 2 != 0 || wh[1] % 2 != 0 || wh[0] < 2 || wh[1] < 2) {
            throw new IllegalArgumentException("--size " + wh[0] + "x" + wh[1]
                    + ": a video needs even width and height of at least 2 (yuv420p halves them)");
        }
    }

    /** The renderer of zoom views: the double engine where it resolves the view, perturbation beyond. */
    static EngineViewRenderer viewRenderer(Renderer renderer, Palette palette, boolean smooth) {
        return new EngineViewRenderer(new DoubleViewRenderer(renderer, palette, smooth),
                new DeepViewRenderer(renderer, palette, smooth));
    }

    /** As {@link #viewRenderer(Renderer, Palette, boolean)}, with the double views drawn by {@code doubles}. */
    static EngineViewRenderer viewRenderer(ViewRenderer doubles, Renderer renderer, Palette palette, boolean smooth) {
        return new EngineViewRenderer(doubles, new DeepViewRenderer(renderer, palette, smooth));
    }

    /** Refuses a target deeper than the renderer can draw, before anything starts. */
    static void requireResolvable(ViewRenderer views, ZoomPlan plan, String typedSpan) {
        ZoomView target = plan.target();
        if (!views.resolves(target)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "--span %s with --center %s,%s is outside what the deep engine draws (spans down to %s,"
                            + " centres within %s of 0)", typedSpan.trim(), plan.centreRe(), plan.centreIm(),
                    DeepView.MIN_SPAN, DeepView.MAX_CENTRE));
        }
    }

    /** Everything that decides the pictures kept for resuming: a different key empties the folder. */
    static String cacheKey(ZoomPlan plan, ZoomMethod method, Palette palette, boolean smooth, ViewRenderer views) {
        StringBuilder key = new StringBuilder("mandelbrot zoom pictures v1\n")
                .append("center=").append(plan.centreRe()).append(',').append(plan.centreIm()).append('\n')
                .append("span=").append(plan.endSpan().toString()).append('\n')
                .append("size=").append(plan.width()).append('x').append(plan.height()).append('\n')
                .append("max-iter=").append(plan.limit()).append('\n')
                .append("palette=").append(palette.id()).append('\n')
                .append("smooth=").append(smooth).append('\n')
                .append("method=").append(method.id()).append('\n')
                .append("renderer=").append(views.getClass().getSimpleName()).append('\n');
        if (method == ZoomMethod.DIRECT) {
            // Every frame is a picture, so the frames' spans (start span and count) matter too;
            // keyframes depend only on the target.
            key.append("from-span=").append(plan.startSpan().toString()).append('\n')
                    .append("frames=").append(plan.frames()).append('\n');
        }
        return key.toString();
    }

    /** The file name without its extension. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
