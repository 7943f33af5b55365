package dev.mandel.cli;

import dev.mandel.session.Machine;
import picocli.CommandLine;

/** Prints what a benchmark figure needs next to it: the {@link Machine} (cores, vector width, CPU, JDK). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"mandelbrot 1.0.0", Machine.current().summary()};
    }
}
