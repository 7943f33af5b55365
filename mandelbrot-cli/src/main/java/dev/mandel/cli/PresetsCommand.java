package dev.mandel.cli;

import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code mandelbrot presets}: the named views, with region, default size, iteration limit and story. */
@Command(name = "presets", mixinStandardHelpOptions = true,
        description = "List the named views accepted by --preset: region, default size, max-iter, description.")
final class PresetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String format = "%-10s %-9s %-9s %s%n";
        out.printf(Locale.ROOT, format, "PRESET", "SIZE", "MAX-ITER", "REGION (re x im)");
        for (Preset p : Preset.values()) {
            Viewport v = p.view();
            out.printf(Locale.ROOT, format, p.id(), v.width() + "x" + v.height(), p.maxIter(), region(v));
            out.printf(Locale.ROOT, "%-10s %s%n%n", "", p.description());
        }
        out.println("Use: mandelbrot render --preset NAME [--size WxH] [--max-iter N]");
        out.flush();
        return 0;
    }

    static String region(Viewport v) {
        return "[" + v.xMin() + ", " + v.xMax() + "] x [" + v.yMin() + ", " + v.yMax() + "]";
    }
}
