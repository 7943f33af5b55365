package dev.mandel.gui.model;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.color.Palette;
import dev.mandel.kernel.Precision;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Viewport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReproduceCommandTest {

    @Test
    void printsTheExactRenderLine() {
        Viewport v = new Viewport(-0.7488, -0.7438, 0.1084, 0.11215, 1200, 900);
        RenderSettings s = new RenderSettings(KernelChoice.VECTOR, Schedule.STATIC, 3, 8, 2000,
                Palette.FIRE, true, Precision.FLOAT);
        assertEquals("./mandelbrot render --region -0.7488,-0.7438,0.1084,0.11215 --size 1200x900 --max-iter 2000"
                + " --kernel vector --precision float --schedule static --threads 3 --partition-factor 8 --palette fire --smooth -o view.png",
                ReproduceCommand.of(v, s));
    }

    @Test
    void regionRoundTripsBitForBit() {
        Viewport v = Viewport.centered(-0.743643887037151, 0.131825904205330, 3.1e-11, 640, 480);
        String line = ReproduceCommand.of(v, RenderSettings.defaults());
        String region = line.split(" --region ")[1].split(" ")[0];
        String[] parts = region.split(",");
        assertEquals(v.xMin(), Double.parseDouble(parts[0]));
        assertEquals(v.xMax(), Double.parseDouble(parts[1]));
        assertEquals(v.yMin(), Double.parseDouble(parts[2]));
        assertEquals(v.yMax(), Double.parseDouble(parts[3]));
        assertEquals(false, line.contains("--smooth"));
    }
}
