package dev.mandel.farm;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

/**
 * Signs and checks the bytes that cross the farm: {@code [flag][payload][HMAC-SHA256 of flag and
 * payload]}, flag 1, when the farm has a secret; {@code [0][payload]} when it has none (a
 * loopback-only farm). Both ends must agree: a worker with a secret refuses unsigned or wrongly
 * signed tasks, and a worker without one refuses signed tasks rather than run them unchecked,
 * so a forgotten secret shows up as a clear refusal instead of a silently open farm.
 */
public final class Seal {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 32;
    private static final byte UNSIGNED = 0;
    private static final byte SIGNED = 1;

    private final FarmSecret secret;

    private Seal(FarmSecret secret) {
        this.secret = secret;
    }

    public static Seal with(Optional<FarmSecret> secret) {
        return new Seal(secret.orElse(null));
    }

    public boolean signs() {
        return secret != null;
    }

    public byte[] close(byte[] payload) {
        if (secret == null) {
            byte[] out = new byte[1 + payload.length];
            out[0] = UNSIGNED;
            System.arraycopy(payload, 0, out, 1, payload.length);
            return out;
        }
        byte[] out = new byte[1 + payload.length + MAC_BYTES];
        out[0] = SIGNED;
        System.arraycopy(payload, 0, out, 1, payload.length);
        byte[] mac = mac(out, 1 + payload.length);
        System.arraycopy(mac, 0, out, 1 + payload.length, MAC_BYTES);
        return out;
    }

    /** Whether {@code sealed} carries no signature (refusals travel so). */
    public static boolean isUnsigned(byte[] sealed) {
        return sealed != null && sealed.length > 0 && sealed[0] == UNSIGNED;
    }

    /** The payload of {@code sealed}, or a {@link TaskRefusedException} saying why it is not trusted. */
    public byte[] open(byte[] sealed) {
        if (sealed == null || sealed.length < 1) {
            throw new TaskRefusedException("empty message");
        }
        byte flag = sealed[0];
        if (secret == null) {
            if (flag == SIGNED) {
                throw new TaskRefusedException("the message is signed but this end has no farm secret; set "
                        + FarmSecret.ENV + " or " + FarmSecret.FILE_ENV + " to the same secret on every machine");
            }
            if (flag != UNSIGNED) {
                throw new TaskRefusedException("not a farm message (flag " + flag + ")");
            }
            return Arrays.copyOfRange(sealed, 1, sealed.length);
        }
        if (flag != SIGNED) {
            throw new TaskRefusedException("the message is not signed with the farm secret; this farm accepts only"
                    + " signed tasks");
        }
        if (sealed.length < 1 + MAC_BYTES) {
            throw new TaskRefusedException("the message is too short to carry a signature");
        }
        int body = sealed.length - MAC_BYTES;
        byte[] expected = mac(sealed, body);
        byte[] given = Arrays.copyOfRange(sealed, body, sealed.length);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new TaskRefusedException("the message's signature does not match the farm secret");
        }
        return Arrays.copyOfRange(sealed, 1, body);
    }

    private byte[] mac(byte[] data, int length) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.key(), ALGORITHM));
            mac.update(data, 0, length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot compute " + ALGORITHM, e);
        }
    }
}
