package dev.mandel.gui.classroom;

import dev.mandel.view.Preset;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classroom measures a preset at its own framing and any other view large enough to time. */
class MeasuredViewTest {

    @Test
    void aPresetOnScreenIsMeasuredAtItsOwnFramingWhateverThePictureSize() {
        Viewport narrow = Preset.CLASSROOM.view(528, 626);
        MeasuredView m = MeasuredView.choose(narrow, 1000, Preset.CLASSROOM, MeasuredView.DEFAULT_MIN_PIXELS);
        assertEquals(Preset.CLASSROOM.view(), m.view());
        assertEquals(960, m.view().width());
        assertEquals(1000, m.maxIter());
        assertTrue(m.description().contains("classroom preset") && m.description().contains("960×960"), m.description());
        assertTrue(m.description().contains("528×626"), m.description());
    }

    @Test
    void anyOtherSmallViewIsMeasuredLargerOverTheSameRegion() {
        Viewport small = Viewport.centered(-0.75, 0.1, 0.02, 300, 200);
        MeasuredView m = MeasuredView.choose(small, 500, null, MeasuredView.DEFAULT_MIN_PIXELS);
        assertTrue(m.view().pixels() >= MeasuredView.DEFAULT_MIN_PIXELS, "pixels " + m.view().pixels());
        assertEquals(0, m.view().width() % 300);
        assertEquals(m.view().width() / 300, m.view().height() / 200, "same aspect");
        assertEquals(small.centerRe(), m.view().centerRe(), 1e-15);
        assertEquals(small.centerIm(), m.view().centerIm(), 1e-15);
        assertEquals(small.spanRe(), m.view().spanRe(), 1e-15);
        assertEquals(small.spanIm(), m.view().spanIm(), 1e-12);
        assertTrue(m.description().contains("too short to time"), m.description());
    }

    @Test
    void aLargeEnoughViewOrAZeroBudgetIsMeasuredAsIs() {
        Viewport big = Viewport.fullSet(1200, 900);
        assertSame(big, MeasuredView.choose(big, 1000, null, MeasuredView.DEFAULT_MIN_PIXELS).view());
        Viewport tiny = Preset.CLASSROOM.view(96, 64);
        assertSame(tiny, MeasuredView.choose(tiny, 200, Preset.CLASSROOM, 0).view());
    }
}
