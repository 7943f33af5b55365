package dev.mandel.farm;

import java.util.List;
import java.util.Optional;

/**
 * The rule for secrets: a farm that only ever talks over loopback may run without one (every
 * process that can reach it already runs as a user of this machine); as soon as any address is
 * not loopback, tasks must be signed, so reaching the port is not enough to use the farm.
 */
public final class FarmSecurity {

    private FarmSecurity() {
    }

    public static void requireSecretUnlessLoopback(boolean loopbackOnly, Optional<FarmSecret> secret, String what) {
        if (!loopbackOnly && secret.isEmpty()) {
            throw new IllegalArgumentException(what + " is not loopback-only, so it needs a shared secret: set "
                    + FarmSecret.ENV + " (or " + FarmSecret.FILE_ENV + " to a file holding it) to the same value of at"
                    + " least " + FarmSecret.MIN_BYTES + " characters on every machine");
        }
    }

    public static boolean allLoopback(List<FarmAddress> addresses) {
        return addresses.stream().allMatch(FarmAddress::isLoopback);
    }
}
