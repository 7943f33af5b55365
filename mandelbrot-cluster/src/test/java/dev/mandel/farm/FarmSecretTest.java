package dev.mandel.farm;

import dev.mandel.view.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real member with a secret: tasks without it, or signed with another, are refused and not rendered. */
class FarmSecretTest {

    private static final Optional<FarmSecret> SECRET = Optional.of(FarmSecret.of("farm secret for the tests 0123", "test"));
    private static LoopbackFarm farm;
    private static FarmEngine coordinator;

    @BeforeAll
    static void startFarm() throws IOException {
        farm = LoopbackFarm.start(1, SECRET);
        coordinator = FarmEngines.standard().connect(farm.addresses(), Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopFarm() {
        if (coordinator != null) {
            coordinator.close();
        }
        if (farm != null) {
            farm.close();
        }
    }

    private static FarmProgress run(Optional<FarmSecret> secret) throws IOException {
        BandPlan plan = new BandPlan(20, Viewport.fullSet(64, 48), 200, false, 16);
        return new FarmJob(coordinator, Seal.with(secret), 4).run(plan.count(), plan::task, (t, r) -> { }, p -> { });
    }

    @Test
    void aTaskWithoutTheSecretIsRefused() {
        long rendered = farm.runner(0).tasksDone();
        FarmException e = assertThrows(FarmException.class, () -> run(Optional.empty()));
        assertTrue(e.getMessage().contains("refused task"), e.getMessage());
        assertTrue(e.getMessage().contains("not signed with the farm secret"), e.getMessage());
        assertEquals(rendered, farm.runner(0).tasksDone(), "an unsigned task was rendered");
    }

    @Test
    void aTaskSignedWithAnotherSecretIsRefused() {
        long rendered = farm.runner(0).tasksDone();
        Optional<FarmSecret> wrong = Optional.of(FarmSecret.of("not the farm secret at all 999", "test"));
        FarmException e = assertThrows(FarmException.class, () -> run(wrong));
        assertTrue(e.getMessage().contains("refused task"), e.getMessage());
        assertEquals(rendered, farm.runner(0).tasksDone(), "a forged task was rendered");
    }

    @Test
    void aTaskWithTheSecretIsRendered() throws IOException {
        FarmProgress p = run(SECRET);
        assertEquals(3, p.done(), p.line());
    }
}
