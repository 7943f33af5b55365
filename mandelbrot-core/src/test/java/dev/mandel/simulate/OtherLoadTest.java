package dev.mandel.simulate;

import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertTrue;

class OtherLoadTest {

    @Test
    void shareIsAFractionOfTheMachine() throws InterruptedException {
        OtherLoad load = OtherLoad.start();
        Thread.sleep(50);
        OptionalDouble share = load.share();
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertTrue(share.isPresent(), "Linux has /proc/stat");
        }
        share.ifPresent(s -> assertTrue(s >= 0 && s <= 1, "share " + s));
    }
}
