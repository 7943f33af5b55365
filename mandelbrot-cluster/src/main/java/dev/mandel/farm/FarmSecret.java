package dev.mandel.farm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The key shared by every machine of a farm: each task and each answer carries an HMAC-SHA256 made
 * with it, so reaching a worker's port is not enough to have it render, and a stranger cannot slip
 * pixels into a result.
 *
 * <p>Taken from the environment variable {@value #ENV} (the key itself) or {@value #FILE_ENV} (a file
 * holding it), so it never appears on a command line where {@code ps} shows it.
 */
public final class FarmSecret {

    public static final String ENV = "MANDELBROT_FARM_SECRET";
    public static final String FILE_ENV = "MANDELBROT_FARM_SECRET_FILE";
    /** Shortest key accepted: 128 bits of text. */
    public static final int MIN_BYTES = 16;

    private final byte[] key;

    private FarmSecret(byte[] key) {
        this.key = key;
    }

    /** A secret from its text; refuses one shorter than {@link #MIN_BYTES} bytes. */
    public static FarmSecret of(String text, String source) {
        byte[] k = text.strip().getBytes(StandardCharsets.UTF_8);
        if (k.length < MIN_BYTES) {
            throw new IllegalArgumentException("the farm secret from " + source + " is " + k.length
                    + " bytes; use at least " + MIN_BYTES + " (e.g. the output of 'openssl rand -hex 32')");
        }
        return new FarmSecret(k);
    }

    /** The secret the environment gives, if any; an unreadable file or both variables set is an error. */
    public static Optional<FarmSecret> fromEnvironment(Map<String, String> env) {
        String text = env.get(ENV);
        String file = env.get(FILE_ENV);
        if (text != null && file != null) {
            throw new IllegalArgumentException("set only one of " + ENV + " and " + FILE_ENV);
        }
        if (text != null) {
            return Optional.of(of(text, ENV));
        }
        if (file != null) {
            try {
                return Optional.of(of(Files.readString(Path.of(file), StandardCharsets.UTF_8), FILE_ENV + "=" + file));
            } catch (IOException e) {
                throw new IllegalArgumentException(FILE_ENV + "=" + file + ": cannot read the secret file ("
                        + e.getMessage() + ")");
            }
        }
        return Optional.empty();
    }

    byte[] key() {
        return key;
    }
}
