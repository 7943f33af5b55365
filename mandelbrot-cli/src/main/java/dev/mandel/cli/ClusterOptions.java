package dev.mandel.cli;

import dev.mandel.farm.FarmAddress;
import dev.mandel.farm.FarmEngine;
import dev.mandel.farm.FarmEngines;
import dev.mandel.farm.FarmSecret;
import dev.mandel.farm.FarmSecurity;
import dev.mandel.farm.Seal;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code --cluster}: render on a farm of workers instead of this machine. Without it nothing of the
 * farm's engine is loaded. The secret comes from the environment ({@link FarmSecret}); a farm
 * reached over anything but loopback must have one.
 */
final class ClusterOptions {

    static final int MAX_TIMEOUT_SECONDS = 3600;

    @Option(names = "--cluster", paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Render on the farm of workers at these addresses ('mandelbrot worker'), writing the"
                    + " result here; the pixels are those of a local render. The workers use their own kernel and"
                    + " threads. Tasks are signed with ${env:" + FarmSecret.ENV + "} (required unless every"
                    + " address is loopback).")
    String cluster;

    @Option(names = "--cluster-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "With --cluster: how long to wait for the farm to answer (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    boolean given() {
        return cluster != null;
    }

    /** A farm connection and the seal its tasks carry. */
    record Farm(FarmEngine engine, Seal seal, List<FarmAddress> addresses) implements AutoCloseable {
        @Override
        public void close() {
            engine.close();
        }
    }

    /** The checked addresses and secret; call before any work, so bad input fails in a millisecond. */
    Checked check() {
        List<FarmAddress> addresses = FarmAddress.parseList(cluster, "--cluster");
        Optional<FarmSecret> secret = FarmSecret.fromEnvironment(System.getenv());
        FarmSecurity.requireSecretUnlessLoopback(FarmSecurity.allLoopback(addresses), secret, "--cluster " + cluster);
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException("--cluster-timeout must be between 1 and " + MAX_TIMEOUT_SECONDS
                    + " seconds, got " + timeoutSeconds);
        }
        return new Checked(addresses, secret, Duration.ofSeconds(timeoutSeconds));
    }

    record Checked(List<FarmAddress> addresses, Optional<FarmSecret> secret, Duration timeout) {
        Farm connect() {
            FarmEngine engine = FarmEngines.standard().connect(addresses, timeout);
            if (engine.workers().isEmpty()) {
                engine.close();
                throw new IllegalStateException("the farm at " + addresses + " has no worker");
            }
            return new Farm(engine, Seal.with(secret), addresses);
        }
    }
}
