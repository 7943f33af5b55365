package dev.mandel.gui.classroom;

import dev.mandel.gui.FxTest;
import dev.mandel.gui.view.OwnershipOverlay;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The ownership overlay tints rows as they finish, before any frame is complete. */
class LiveOverlayTest {

    @Test
    void rowsAreTintedAsTheyFinish() {
        FxTest.run(() -> {
            OwnershipOverlay o = new OwnershipOverlay();
            o.begin(6, 10);
            assertArrayEquals(new int[] {-1, -1, -1, -1, -1, -1}, o.rowWorkers());
            o.tintRows(0, 2, 1);
            o.tintRows(4, 5, 0);
            assertArrayEquals(new int[] {1, 1, -1, -1, 0, -1}, o.rowWorkers());
            o.tintRows(5, 9, 3); // out of range: ignored, never an exception on the FX thread
            assertArrayEquals(new int[] {1, 1, -1, -1, 0, -1}, o.rowWorkers());
        });
    }
}
