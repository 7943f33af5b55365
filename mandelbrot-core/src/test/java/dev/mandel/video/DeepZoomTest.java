package dev.mandel.video;

import dev.mandel.color.Palette;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.Renderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zooms past double precision: the engine switches to perturbation and the frames stay consistent. */
class DeepZoomTest {

    private static final String RE = "-0.743643887037158704752191506114774";
    private static final String IM = "0.131825904205311970493132056385139";

    private static Renderer renderer;
    private static DoubleViewRenderer doubles;
    private static DeepViewRenderer deep;
    private static EngineViewRenderer engine;

    @BeforeAll
    static void start() {
        renderer = new Renderer(KernelProvider.best(), 2);
        doubles = new DoubleViewRenderer(renderer, Palette.CLASSIC, false);
        deep = new DeepViewRenderer(renderer, Palette.CLASSIC, false);
        engine = new EngineViewRenderer(doubles, deep);
    }

    @AfterAll
    static void stop() {
        renderer.close();
    }

    @Test
    void whereBothResolveDeepAndDoublePicturesAgree() {
        ZoomView view = new ZoomView(RE, IM, new BigDecimal("1e-9"), 48, 32, 2000);
        int[] a = doubles.render(view, new CancelSignal());
        int[] b = deep.render(view, new CancelSignal());
        int same = 0;
        for (int p = 0; p < a.length; p++) {
            same += a[p] == b[p] ? 1 : 0;
        }
        assertTrue(same >= 0.95 * a.length, same + " of " + a.length + " pixels identical");
    }

    @Test
    void aZoomPastDoublePrecisionEndsOnTheDeepTarget() throws IOException {
        ZoomPlan linear = new ZoomPlan(RE, IM, new BigDecimal("4"), new BigDecimal("1e-20"), 5, 32, 18,
                IterationLimit.auto());
        // Counts here grow far faster than the linear rule: about 9,000-9,200 at 1e-20.
        ZoomPlan plan = linear.withLimit(DepthProbe.limits(linear, engine, new CancelSignal()));
        assertTrue(linear.target().maxIter() < 9000 && plan.target().maxIter() > 9200, plan.limit().toString());
        for (int k = 1; k < 5; k++) {
            assertTrue(plan.frame(k).maxIter() >= plan.frame(k - 1).maxIter(), "the limit rises with depth");
        }
        assertEquals("double", engine.numberType(plan.frame(0)));
        assertTrue(engine.numberType(plan.target()).startsWith("perturbation"), engine.numberType(plan.target()));
        assertFalse(doubles.resolves(plan.target()));
        CancelSignal cancel = new CancelSignal();
        engine.prepareFor(plan.target(), cancel);
        List<int[]> frames = new ArrayList<>();
        FrameSink keep = new FrameSink() {
            @Override
            public void accept(int[] argb) {
                frames.add(argb.clone());
            }

            @Override
            public void finish() {
            }

            @Override
            public void abort() {
            }
        };
        new ZoomRecorder(plan, ZoomMethod.KEYFRAMES, engine, null, null).record(keep, cancel);
        assertEquals(5, frames.size());
        assertArrayEquals(deep.render(plan.target(), new CancelSignal()), frames.get(4));
        assertFalse(Arrays.equals(frames.get(3), frames.get(4)));
    }
}
