package dev.mandel.gui.model;

import dev.mandel.view.Viewport;

/**
 * The command line that renders exactly what the viewer shows: same region (doubles printed with
 * {@link Double#toString}, which round-trips every bit), size and settings.
 */
public final class ReproduceCommand {

    private ReproduceCommand() {
    }

    public static String of(Viewport v, RenderSettings s) {
        StringBuilder b = new StringBuilder("./mandelbrot render");
        b.append(" --region ").append(Double.toString(v.xMin())).append(',').append(Double.toString(v.xMax()))
                .append(',').append(Double.toString(v.yMin())).append(',').append(Double.toString(v.yMax()));
        b.append(" --size ").append(v.width()).append('x').append(v.height());
        b.append(" --max-iter ").append(s.maxIter());
        b.append(" --kernel ").append(s.kernel().name().toLowerCase(java.util.Locale.ROOT));
        b.append(" --precision ").append(s.precision().label());
        b.append(" --schedule ").append(s.schedule().id());
        b.append(" --threads ").append(s.threads());
        b.append(" --partition-factor ").append(s.partitionFactor());
        b.append(" --palette ").append(s.palette().id());
        if (s.smooth()) {
            b.append(" --smooth");
        }
        b.append(" -o view.png");
        return b.toString();
    }
}
