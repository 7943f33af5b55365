package dev.mandel.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints what the CPython baseline measured and how its counts compare with the Java scalar kernel's
 * ({@code ./mandelbrot bench python}). Usage: {@code PythonSummary <python.json>}.
 */
public final class PythonSummary {

    private PythonSummary() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("error: usage: PythonSummary <python.json>");
            System.exit(2);
        }
        try {
            PythonBaseline p = PythonBaseline.read(Path.of(args[0]));
            System.out.printf(Locale.ROOT, "%s on %d rows of %s: %,d iterations in %.3f s (best of %d): %.1f ns/iteration"
                            + " = %.4f G it/s%n", p.python(), p.rowsTimed().size(), p.preset(), p.iterations(),
                    p.bestSeconds(), p.repeats(), p.nsPerIteration(), p.gips());
            System.out.println("arithmetic: " + p.arithmetic());
            System.out.printf(Locale.ROOT, "counts vs the Java scalar kernel: %,d of %,d pixels differ%n",
                    p.mismatches(), p.pixelsTimed());
            if (!p.exactRows().isEmpty()) {
                System.out.printf(Locale.ROOT, "with a correctly rounded fma (rows %s): %,d of %,d pixels differ%n",
                        p.exactRows(), p.exactMismatches(), p.exactPixels());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }
}
