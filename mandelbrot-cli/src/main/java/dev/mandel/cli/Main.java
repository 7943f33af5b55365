package dev.mandel.cli;

import dev.mandel.io.DirectStderr;
import dev.mandel.kernel.KernelProvider;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code ./mandelbrot}: picocli subcommands, with every error reduced to one line on
 * stderr and an exit code (2 for usage errors, 1 for failures while working), never a stack trace.
 */
@Command(name = "mandelbrot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Mandelbrot renderer: Vector API kernel, over-partitioned ForkJoin rows.",
        subcommands = {
            RenderCommand.class,
            RowsCommand.class,
            PresetsCommand.class,
            SimulateCommand.class,
            PbmCommand.class,
            TilesCommand.class,
            WorkerCommand.class,
            ZoomCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main {

    public static void main(String[] args) {
        DirectStderr.install();
        // Charts are drawn off-screen; never try to reach a display from the command line.
        System.setProperty("java.awt.headless", "true");
        // ImageIO would cache PNGs in a temporary file of its own, outside the output transaction.
        ImageIO.setUseCache(false);
        // One line, never a trace; no exit from here: this may run inside a shutdown hook.
        Thread.setDefaultUncaughtExceptionHandler((thread, t) ->
                System.err.println("error: " + ErrorHandlers.describe(t)));
        int code;
        try {
            code = run(args);
        } catch (Throwable t) {   // an Error escaping picocli: one line, and the transaction left nothing behind
            System.err.println("error: " + ErrorHandlers.describe(t));
            code = ErrorHandlers.FAILURE;
        }
        System.exit(code);
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        // --help names the interleave this machine uses (read from the calibration cache, never measured here).
        System.setProperty("mandelbrot.help.interleave", KernelProvider.describeDefaultInterleave());
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler(ErrorHandlers::usageError);
        cli.setExecutionExceptionHandler(ErrorHandlers::executionError);
        return cli;
    }
}
