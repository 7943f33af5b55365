package dev.mandel.cli;

import dev.mandel.kernel.KernelProvider;
import picocli.CommandLine;

/** Prints what a benchmark figure needs next to it: JDK, cores and vector width. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "mandelbrot 1.0.0",
            "JDK " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
            Runtime.getRuntime().availableProcessors() + " cores, " + KernelProvider.vectorLanes()
                    + " doubles per vector"
        };
    }
}
