package dev.mandel.cli;

import dev.mandel.io.OutputPathException;
import dev.mandel.io.OutputTransaction;
import dev.mandel.pbm.PbmImage;
import dev.mandel.render.MemoryBudget;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code ./mandelbrot pbm N [-o FILE]}: the Benchmarks Game mandelbrot bitmap (P4) on stdout or
 * into a file.
 *
 * <p>A plain {@code main} with its own two-argument parser, not a picocli command: this mode is
 * timed as a whole process, JVM start included, and loading picocli and reflecting over the
 * command classes costs start-up time that the race counts. {@link PbmCommand} lists it in
 * {@code ./mandelbrot --help} and forwards here.
 */
public final class PbmMain {

    static final String USAGE = "usage: mandelbrot pbm N [-o FILE]   (N x N Benchmarks Game bitmap, P4, stdout by default)";

    private PbmMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new FileOutputStream(FileDescriptor.out), System.err));
    }

    /** Runs the mode and returns its exit code: 0, 2 for bad arguments, 1 when writing failed. */
    static int run(String[] args, OutputStream stdout, PrintStream err) {
        Integer n = null;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                err.println(USAGE);
                return 0;
            } else if (a.equals("-o") || a.equals("--output")) {
                if (i + 1 == args.length) {
                    return usage(err, "option " + a + " needs a file name");
                }
                file = Path.of(args[++i]);
            } else if (a.startsWith("--output=")) {
                file = Path.of(a.substring("--output=".length()));
            } else if (a.startsWith("-") && a.length() > 1) {
                return usage(err, "unknown option '" + a + "'");
            } else if (n == null) {
                try {
                    n = Integer.parseInt(a.trim());
                } catch (NumberFormatException e) {
                    return usage(err, "N must be a whole number between 1 and " + PbmImage.MAX_EDGE + ", got '" + a + "'");
                }
            } else {
                return usage(err, "unexpected argument '" + a + "'");
            }
        }
        if (n == null) {
            return usage(err, "N (the image edge in pixels) is required");
        }
        try {
            PbmImage.requireEdge(n);
            MemoryBudget.requireFits(PbmImage.bytes(n), "a " + n + "x" + n + " bitmap");
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (file == null) {
            PbmImage image = PbmImage.render(n, Runtime.getRuntime().availableProcessors());
            try {
                image.writeTo(stdout);
                stdout.flush();
            } catch (IOException e) {
                err.println("error: cannot write stdout: " + ErrorHandlers.oneLine(e.getMessage()));
                return ErrorHandlers.FAILURE;
            }
            return 0;
        }
        // The file's path is checked (and its side file reserved) before the render, like every command's.
        try (OutputTransaction tx = new OutputTransaction()) {
            OutputTransaction.Output out;
            try {
                out = tx.add(file, "-o", ".pbm");
            } catch (OutputPathException e) {
                return usage(err, e.getMessage());
            }
            PbmImage image = PbmImage.render(n, Runtime.getRuntime().availableProcessors());
            tx.write(out, image::writeTo);
            tx.commit();
        } catch (IOException e) {
            err.println("error: " + ErrorHandlers.oneLine(e.getMessage()));
            return ErrorHandlers.FAILURE;
        }
        return 0;
    }

    private static int usage(PrintStream err, String message) {
        err.println("error: " + message + " (" + USAGE + ")");
        return ErrorHandlers.USAGE;
    }
}
