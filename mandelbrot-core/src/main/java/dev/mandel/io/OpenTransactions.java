package dev.mandel.io;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The transactions not yet committed or abandoned, aborted by a shutdown hook: SIGTERM or SIGINT
 * (Ctrl-C, a supervisor, {@code timeout}) makes the JVM run its hooks and exit with 143 or 130, and
 * this hook removes every half-written side file so the targets stay as they were.
 *
 * <p>A transaction that is moving its files into place when the signal arrives finishes first
 * (the hook waits on it): the outputs are then either all old or all new, never a mix.
 */
final class OpenTransactions {

    private static final Set<OutputTransaction> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile boolean shuttingDown;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OpenTransactions::abortAll, "abort-unfinished-outputs"));
    }

    private OpenTransactions() {
    }

    static void add(OutputTransaction tx) {
        if (shuttingDown) {
            throw new IllegalStateException("the program is shutting down; no new output is started");
        }
        OPEN.add(tx);
    }

    static void remove(OutputTransaction tx) {
        OPEN.remove(tx);
    }

    private static void abortAll() {
        shuttingDown = true;
        for (OutputTransaction tx : OPEN) {
            tx.abort();
        }
    }
}
