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

    /** How long to wait for the first worker to answer. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    @Option(names = "--cluster", paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Render on the farm of workers at these addresses ('mandelbrot worker'), writing the"
                    + " result here; the pixels are those of a local render. The workers use their own kernel and"
                    + " threads. Tasks are signed with ${env:" + FarmSecret.ENV + "} (required unless every"
                    + " address is loopback).")
    String cluster;

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
        return new Checked(addresses, secret);
    }

    record Checked(List<FarmAddress> addresses, Optional<FarmSecret> secret) {
        Farm connect() {
            FarmEngine engine = FarmEngines.standard().connect(addresses, CONNECT_TIMEOUT);
            if (engine.workers().isEmpty()) {
                engine.close();
                throw new IllegalStateException("the farm at " + addresses + " has no worker");
            }
            return new Farm(engine, Seal.with(secret), addresses);
        }
    }
}
