package dev.mandel.cli;

import dev.mandel.deep.DeepView;
import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import picocli.CommandLine.Option;

import java.util.Locale;

/**
 * The view options shared by {@code render}, {@code rows} and {@code simulate}: one of
 * {@code --region}, {@code --center} with {@code --span}, or {@code --preset} (the command's default
 * preset when none is given), plus {@code --size} and {@code --max-iter}, which override a preset's
 * own.
 */
final class ViewOptions {

    /** The view when none is given, and the size and limit for {@code --region} and {@code --center}. */
    private final Preset defaults;

    /** Options defaulting to the full set, for picocli's {@code @Mixin}. */
    ViewOptions() {
        this(Preset.FULL);
    }

    ViewOptions(Preset defaults) {
        this.defaults = defaults;
    }

    @Option(names = "--region", paramLabel = "XMIN,XMAX,YMIN,YMAX",
            description = "Region of the complex plane, stretched to --size.")
    String region;

    @Option(names = "--center", paramLabel = "RE,IM", description = "Centre of the view (with --span).")
    String center;

    @Option(names = "--span", paramLabel = "WIDTH",
            description = "Width of the view in the plane (with --center), any decimal down to 1e-2000 such as 1.8e-157;"
                    + " the height follows the image's aspect ratio. Views deeper than double resolves take the deep path.")
    String span;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "A named view (see 'mandelbrot presets'); default: full (mojo for simulate).")
    String preset;

    @Option(names = "--size", paramLabel = "WxH",
            description = "Image size (default: the preset's, 1200x900 for --region and --center).")
    String size;

    @Option(names = "--max-iter", paramLabel = "N|auto",
            description = "Iteration limit (default: the preset's, 1000 for --region and --center, auto for deep views;"
                    + " auto grows with depth and with what the reference orbit shows).")
    String maxIter;

    /** Whether any view option was given (a saved session replaces the view, so none may be). */
    boolean anyGiven() {
        return region != null || center != null || span != null || preset != null || size != null || maxIter != null;
    }

    /** A checked view and iteration limit, with a short description for summaries. */
    record Choice(Viewport view, int maxIter, String label) {
    }

    /**
     * A view deeper than double resolves (docs/deep-zoom.md): the exact decimal view and an explicit
     * limit, or 0 for {@code auto}.
     */
    record DeepChoice(DeepView view, int maxIter, String label) {
        boolean autoLimit() {
            return maxIter <= 0;
        }
    }

    /** Validates the options together and builds the view; deep views are refused with one line. */
    Choice resolve() {
        Object v = resolveAny();
        if (v instanceof DeepChoice deep) {
            throw tooDeep(deep.view().width(), deep.view().height(), deep.view().pixelSize().toDouble(),
                    Math.max(Math.abs(deep.view().centreRe().doubleValue()),
                            Math.abs(deep.view().centreIm().doubleValue())));
        }
        return (Choice) v;
    }

    /**
     * Validates the options together: a {@link Choice} where double precision resolves the view,
     * a {@link DeepChoice} for {@code --center} and {@code --span} beyond it.
     */
    Object resolveAny() {
        int ways = (region != null ? 1 : 0) + (center != null || span != null ? 1 : 0) + (preset != null ? 1 : 0);
        if (ways > 1) {
            throw new IllegalArgumentException("choose one view: --region, --center with --span, or --preset");
        }
        if ((center == null) != (span == null)) {
            throw new IllegalArgumentException(center == null
                    ? "--span needs --center RE,IM (the point the view is centred on)"
                    : "--center needs --span WIDTH (how wide the view is in the plane)");
        }
        Preset base = preset != null ? Preset.parse(preset) : defaults;
        int[] wh = size != null ? Args.size(size) : new int[] {base.view().width(), base.view().height()};
        boolean auto = maxIter != null && maxIter.trim().equalsIgnoreCase("auto");
        Integer explicit = maxIter == null || auto ? null : Args.maxIter(maxIter);
        if (center != null) {
            DeepView exact = Args.deepView(center, span, wh[0], wh[1]);
            String label = "center " + Args.abbreviate(center) + " span " + exact.spanText();
            if (!exact.fitsDouble()) {
                return new DeepChoice(exact, explicit == null ? 0 : explicit, label);
            }
            Viewport view = exact.toViewport();
            int iterations = explicit != null ? explicit
                    : auto ? dev.mandel.deep.DeepSetup.depthLimit(exact) : base.maxIter();
            return new Choice(view, iterations, label);
        }
        int iterations = explicit != null ? explicit : base.maxIter();
        Viewport view;
        String label;
        if (region != null) {
            double[] r = Args.region(region);
            if (!Double.isFinite(r[1] - r[0]) || !Double.isFinite(r[3] - r[2])) {
                throw new IllegalArgumentException("--region '" + region + "' is wider or taller than the largest"
                        + " double (" + Double.MAX_VALUE + "); the set lies within [-2, 2] x [-2, 2]");
            }
            view = new Viewport(r[0], r[1], r[2], r[3], wh[0], wh[1]);
            label = "region " + region;
        } else {
            view = base.view(wh[0], wh[1]);
            label = base.id();
        }
        if (!view.resolvable()) {
            throw tooDeep(view.width(), view.height(), Math.min(view.dx(), view.dy()),
                    Math.max(Math.abs(view.centerRe()), Math.abs(view.centerIm())));
        }
        return new Choice(view, iterations, label);
    }

    private static IllegalArgumentException tooDeep(int width, int height, double step, double magnitude) {
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "the view is too deep for double precision at %dx%d: neighbouring pixels (%.3g apart) would"
                        + " collapse to the same number near %.6g; only 'render' has the deep path (--center and --span)",
                width, height, step, magnitude));
    }
}
