package dev.mandel.cli;

import dev.mandel.settings.ViewSettings;
import dev.mandel.view.ImageSize;
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

    @Option(names = "--region", paramLabel = "XMIN,XMAX,YMIN,YMAX", converter = Converters.Region.class,
            description = "Region of the complex plane, stretched to --size.")
    Converters.PlaneRegion region;

    @Option(names = "--center", paramLabel = "RE,IM", converter = Converters.Point.class,
            description = "Centre of the view (with --span).")
    Converters.PlanePoint center;

    @Option(names = "--span", paramLabel = "WIDTH",
            description = "Width of the view in the plane (with --center); the height follows the image's aspect ratio.")
    Double span;

    @Option(names = "--preset", paramLabel = "NAME", converter = Converters.PresetName.class,
            description = "A named view (see 'mandelbrot presets'); default: full (mojo for simulate).")
    Preset preset;

    @Option(names = "--size", paramLabel = "WxH", converter = Converters.Size.class,
            description = "Image size (default: the preset's, 1200x900 for --region and --center).")
    ImageSize size;

    @Option(names = "--max-iter", paramLabel = "N",
            description = "Iteration limit (default: the preset's, 1000 for --region and --center).")
    Integer maxIter;

    /** Whether any view option was given (a saved session replaces the view, so none may be). */
    boolean anyGiven() {
        return region != null || center != null || span != null || preset != null || size != null || maxIter != null;
    }

    /** Validates the options together and builds the view; throws a one-line message otherwise. */
    ViewSettings resolve() {
        int ways = (region != null ? 1 : 0) + (center != null || span != null ? 1 : 0) + (preset != null ? 1 : 0);
        if (ways > 1) {
            throw new IllegalArgumentException("choose one view: --region, --center with --span, or --preset");
        }
        if ((center == null) != (span == null)) {
            throw new IllegalArgumentException(center == null
                    ? "--span needs --center RE,IM (the point the view is centred on)"
                    : "--center needs --span WIDTH (how wide the view is in the plane)");
        }
        Preset base = preset != null ? preset : defaults;
        int[] wh = size != null ? new int[] {size.width(), size.height()}
                : new int[] {base.view().width(), base.view().height()};
        if (maxIter != null && maxIter < 1) {
            throw new IllegalArgumentException("--max-iter must be at least 1, got " + maxIter);
        }
        int iterations = maxIter != null ? maxIter : base.maxIter();
        Viewport view;
        String label;
        if (region != null) {
            Converters.PlaneRegion r = region;
            view = new Viewport(r.xMin(), r.xMax(), r.yMin(), r.yMax(), wh[0], wh[1]);
            label = "region " + r.xMin() + "," + r.xMax() + "," + r.yMin() + "," + r.yMax();
        } else if (center != null) {
            double[] c = {center.re(), center.im()};
            if (!(span > 0) || !Double.isFinite(span)) {
                throw new IllegalArgumentException("--span must be a positive finite number, got " + span);
            }
            double halfW = span / 2;
            double halfH = span * wh[1] / wh[0] / 2;
            if (!(c[0] - halfW < c[0] + halfW) || !(c[1] - halfH < c[1] + halfH)) {
                throw tooDeep(wh[0], wh[1], span / wh[0], Math.max(Math.abs(c[0]), Math.abs(c[1])));
            }
            view = Viewport.centered(c[0], c[1], span, wh[0], wh[1]);
            label = String.format(Locale.ROOT, "center %s,%s span %s", c[0], c[1], span);
        } else {
            view = base.view(wh[0], wh[1]);
            label = base.id();
        }
        if (!view.resolvable()) {
            throw tooDeep(view.width(), view.height(), Math.min(view.dx(), view.dy()),
                    Math.max(Math.abs(view.centerRe()), Math.abs(view.centerIm())));
        }
        return new ViewSettings(view, iterations, label);
    }

    private static IllegalArgumentException tooDeep(int width, int height, double step, double magnitude) {
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "the view is too deep for double precision at %dx%d: neighbouring pixels (%.3g apart) would"
                        + " collapse to the same number near %.6g; zoom out or use a smaller --size",
                width, height, step, magnitude));
    }
}
