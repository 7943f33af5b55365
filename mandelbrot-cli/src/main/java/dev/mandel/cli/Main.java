package dev.mandel.cli;

import dev.mandel.kernel.KernelProvider;
import picocli.CommandLine;
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
        // Charts are drawn off-screen; never try to reach a display from the command line.
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args));
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
