package dev.mandel.video;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FrameResamplerTest {

    private static final int W = 40;
    private static final int H = 24;

    /**
     * A picture of a smooth function of the plane, {@code span} wide around the origin, sampled at
     * the pixel positions of DESIGN.md section 2b: red and green grow linearly with x and y.
     */
    private static int[] ramp(double span, int w, int h) {
        int[] argb = new int[w * h];
        double d = span / w;
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                double x = (i - w / 2.0) * d;
                double y = (j - h / 2.0) * d;
                argb[j * w + i] = 0xFF000000 | channel(x) << 16 | channel(y) << 8 | 0x40;
            }
        }
        return argb;
    }

    private static int channel(double v) {
        return (int) Math.round(128 + 60 * v);
    }

    @Test
    void atScaleOneTheFrameIsTheInnerKeyframe() {
        int[] inner = ramp(1, W, H);
        int[] outer = ramp(2, W, H);
        int[] out = new int[W * H];
        new FrameResampler(W, H, W, H).draw(inner, outer, 1.0, out);
        assertArrayEquals(inner, out);
    }

    @Test
    void framesBetweenKeyframesMatchTheDirectPictureOfASmoothFunction() {
        int[] inner = ramp(1, W, H);
        int[] outer = ramp(2, W, H);
        FrameResampler resampler = new FrameResampler(W, H, W, H);
        int[] out = new int[W * H];
        for (double scale : new double[] {1.0, 1.25, 1.5, 1.9, 2.0}) {
            resampler.draw(inner, outer, scale, out);
            int[] direct = ramp(scale, W, H);
            for (int p = 0; p < out.length; p++) {
                for (int shift = 0; shift <= 16; shift += 8) {
                    int diff = Math.abs((out[p] >> shift & 0xFF) - (direct[p] >> shift & 0xFF));
                    assertEquals(0, diff, 1, "scale " + scale + " pixel " + p);
                }
            }
        }
    }

    @Test
    void keyframesMayBeLargerThanTheFrame() {
        int[] inner = ramp(1, 2 * W, 2 * H);
        int[] outer = ramp(2, 2 * W, 2 * H);
        int[] out = new int[W * H];
        new FrameResampler(W, H, 2 * W, 2 * H).draw(inner, outer, 1.0, out);
        int[] direct = ramp(1, W, H);
        for (int p = 0; p < out.length; p++) {
            assertEquals(direct[p] >> 16 & 0xFF, out[p] >> 16 & 0xFF, 1, "pixel " + p);
        }
    }
}
