package dev.mandel.cli;

import dev.mandel.deep.DeepSetup;
import dev.mandel.deep.DeepView;
import dev.mandel.settings.DeepViewSettings;
import dev.mandel.settings.RequestedView;
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
    PlaneRegion region;

    @Option(names = "--center", paramLabel = "RE,IM", description = "Centre of the view (with --span).")
    String center;

    @Option(names = "--span", paramLabel = "WIDTH",
            description = "Width of the view in the plane (with --center), any decimal down to 1e-2000 such as 1.8e-157;"
                    + " the height follows the image's aspect ratio. Views deeper than double resolves take the deep path.")
    String span;

    @Option(names = "--preset", paramLabel = "NAME", converter = Converters.PresetName.class,
            description = "A named view (see 'mandelbrot presets'); default: full (mojo for simulate).")
    Preset preset;

    @Option(names = "--size", paramLabel = "WxH", converter = Converters.Size.class,
            description = "Image size (default: the preset's, 1200x900 for --region and --center).")
    ImageSize size;

    @Option(names = "--max-iter", paramLabel = "N|auto", converter = Converters.Limit.class,
            description = "Iteration limit (default: the preset's, 1000 for --region and --center, auto for deep views;"
                    + " auto grows with depth and with what the reference orbit shows).")
    MaxIter maxIter;

    /** Whether any view option was given (a saved session replaces the view, so none may be). */
    boolean anyGiven() {
        return region != null || center != null || span != null || preset != null || size != null || maxIter != null;
    }

    /** Validates the options together and builds the view; deep views are refused with one line. */
    ViewSettings resolve() {
        RequestedView v = resolveAny();
        if (v instanceof DeepViewSettings deep) {
            throw tooDeep(deep.view().width(), deep.view().height(), deep.view().pixelSize().toDouble(),
                    Math.max(Math.abs(deep.view().centreRe().doubleValue()),
                            Math.abs(deep.view().centreIm().doubleValue())));
        }
        return (ViewSettings) v;
    }

    /**
     * Validates the options together: a {@link ViewSettings} where double precision resolves the
     * view, a {@link DeepViewSettings} for {@code --center} and {@code --span} beyond it.
     */
    RequestedView resolveAny() {
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
        boolean auto = maxIter != null && maxIter.auto();
        Integer explicit = maxIter == null || auto ? null : maxIter.value();
        if (center != null) {
            DeepView exact = Args.deepView(center, span, wh[0], wh[1]);
            String label = "center " + Args.abbreviate(center) + " span " + exact.spanText();
            if (!exact.fitsDouble()) {
                return new DeepViewSettings(exact, explicit == null ? 0 : explicit, label);
            }
            Viewport view = exact.toViewport();
            int iterations = explicit != null ? explicit
                    : auto ? DeepSetup.depthLimit(exact) : base.maxIter();
            return new ViewSettings(view, iterations, label);
        }
        int iterations = explicit != null ? explicit : base.maxIter();
        Viewport view;
        String label;
        if (region != null) {
            view = region.on(wh[0], wh[1]);
            label = "region " + region.text();
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
                        + " collapse to the same number near %.6g; only 'render' has the deep path (--center and --span)",
                width, height, step, magnitude));
    }
}
