package dev.mandel.timing;

import dev.mandel.poster.PosterSpec;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.view.Viewport;

import java.util.List;

/**
 * Warms the JIT up for a render on small copies of its view, so a timed render measures the
 * kernel and the schedule rather than the interpreter.
 *
 * <p>Why it matters: the Vector API is only fast once C2 has compiled (intrinsified) the kernel;
 * before that every vector operation is an allocated object, and a frame runs tens of times slower.
 * The copies keep the view's region, colouring mode and schedule, so they run the same code. Two
 * phases, each run by {@link TimingHarness#warmUp} until the JIT has settled:
 * <ol>
 *   <li>a copy of at most {@value #MAX_WIDTH}x{@value #MAX_HEIGHT} pixels at a limit of at most
 *       {@value #FIRST_LIMIT}: uncompiled rounds cost seconds at 1000 iterations and well under a
 *       second at 64, and the compiled code does not depend on the limit;</li>
 *   <li>a copy half as tall at the view's own limit (at most {@value #FULL_LIMIT_CAP}): C2
 *       recompiles the kernel's loops when they first run longer than they ever did, and that
 *       must happen here, not in the timed render.</li>
 * </ol>
 */
public final class RenderWarmup {

    private static final int MAX_WIDTH = 320;
    private static final int MAX_HEIGHT = 240;
    private static final int FIRST_LIMIT = 64;
    private static final int FULL_LIMIT_CAP = 5000;
    /** Pixels in the vector kernel's widest block: 4 vectors of 8 doubles. */
    private static final int ROW_BLOCK = 32;

    private RenderWarmup() {
    }

    /**
     * A width no larger than about {@link #MAX_WIDTH} with the same remainder as the real width
     * modulo {@link #ROW_BLOCK}: the vector kernel runs a row's remainder through smaller blocks and
     * a masked tail, and a warm-up that never reached them would leave them to the interpreter in
     * the timed render.
     */
    static int warmupWidth(int width) {
        return width <= MAX_WIDTH ? width : MAX_WIDTH - MAX_WIDTH % ROW_BLOCK + width % ROW_BLOCK;
    }

    /** Warms {@code renderer} up for renders of {@code spec}. */
    public static Warmup run(Renderer renderer, PosterSpec spec) {
        Viewport v = spec.view();
        int width = warmupWidth(v.width());
        Warmup first = phase(renderer, spec, v.withSize(width, Math.min(v.height(), MAX_HEIGHT)),
                Math.min(spec.maxIter(), FIRST_LIMIT));
        Warmup full = phase(renderer, spec, v.withSize(width, Math.min(v.height(), MAX_HEIGHT / 2)),
                Math.min(spec.maxIter(), FULL_LIMIT_CAP));
        return new Warmup(first.passes() + full.passes(), first.nanos() + full.nanos(),
                first.settled() && full.settled());
    }

    private static Warmup phase(Renderer renderer, PosterSpec spec, Viewport copy, int maxIter) {
        RenderRequest request = RenderRequest.of(copy, maxIter)
                .withSchedule(spec.schedule(), spec.partitionFactor())
                .withSmooth(spec.smooth());
        return TimingHarness.warmUp(List.of(new FrameRound(renderer, request)));
    }
}
