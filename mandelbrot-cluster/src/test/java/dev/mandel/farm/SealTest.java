package dev.mandel.farm;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealTest {

    private static final Optional<FarmSecret> KEY = Optional.of(FarmSecret.of("correct horse battery staple", "test"));
    private static final Optional<FarmSecret> OTHER = Optional.of(FarmSecret.of("incorrect horse battery staple", "test"));
    private static final byte[] PAYLOAD = "a task".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSignedMessageOpensWithTheSameSecret() {
        assertArrayEquals(PAYLOAD, Seal.with(KEY).open(Seal.with(KEY).close(PAYLOAD)));
    }

    @Test
    void anUnsignedMessageIsRefusedByASecretFarm() {
        byte[] unsigned = Seal.with(Optional.empty()).close(PAYLOAD);
        TaskRefusedException e = assertThrows(TaskRefusedException.class, () -> Seal.with(KEY).open(unsigned));
        assertTrue(e.getMessage().contains("not signed"), e.getMessage());
    }

    @Test
    void aMessageSignedWithAnotherSecretIsRefused() {
        byte[] forged = Seal.with(OTHER).close(PAYLOAD);
        TaskRefusedException e = assertThrows(TaskRefusedException.class, () -> Seal.with(KEY).open(forged));
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
    }

    @Test
    void aChangedByteBreaksTheSignature() {
        byte[] sealed = Seal.with(KEY).close(PAYLOAD);
        sealed[3] ^= 1;
        assertThrows(TaskRefusedException.class, () -> Seal.with(KEY).open(sealed));
    }

    @Test
    void aFarmWithoutSecretRefusesSignedMessagesRatherThanIgnoreTheSignature() {
        byte[] signed = Seal.with(KEY).close(PAYLOAD);
        TaskRefusedException e = assertThrows(TaskRefusedException.class,
                () -> Seal.with(Optional.empty()).open(signed));
        assertTrue(e.getMessage().contains(FarmSecret.ENV), e.getMessage());
    }

    @Test
    void secretsComeFromTheEnvironmentAndMustBeLongEnough() {
        assertFalse(FarmSecret.fromEnvironment(Map.of()).isPresent());
        assertTrue(FarmSecret.fromEnvironment(Map.of(FarmSecret.ENV, "0123456789abcdef")).isPresent());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FarmSecret.fromEnvironment(Map.of(FarmSecret.ENV, "short")));
        assertTrue(e.getMessage().contains("at least 16"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> FarmSecret.fromEnvironment(Map.of(FarmSecret.FILE_ENV, "/nonexistent/secret")));
    }

    @Test
    void nonLoopbackFarmsNeedASecret() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FarmSecurity.requireSecretUnlessLoopback(false, Optional.empty(), "--bind 10.0.0.5"));
        assertTrue(e.getMessage().startsWith("--bind 10.0.0.5 is not loopback-only"), e.getMessage());
        FarmSecurity.requireSecretUnlessLoopback(true, Optional.empty(), "loopback");
        FarmSecurity.requireSecretUnlessLoopback(false, KEY, "with a secret");
        assertEquals(1, 1);
    }
}
