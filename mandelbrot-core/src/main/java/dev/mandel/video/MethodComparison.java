package dev.mandel.video;

import java.io.IOException;
import java.util.function.IntConsumer;

/**
 * Both ways of making a zoom's frames, timed and compared: every frame rendered, against
 * keyframes at 2x steps resampled. Quality is measured per frame against the directly rendered
 * frame and, optionally, against a 2x2 supersampled render (a better picture than either),
 * which shows whether resampling loses more than point sampling already does.
 *
 * <p>Each method is timed in a run of its own with nothing else working (frames are made and
 * dropped, no encoder), then a third pass makes both again, untimed, to compare them.
 */
public final class MethodComparison {

    /** Time of one method over the whole zoom. */
    public record Timing(ZoomMethod method, int pictures, long wallNanos, long renderNanos, long composeNanos) {
        public double framesPerSecond(int frames) {
            return frames * 1e9 / wallNanos;
        }
    }

    /** Per-frame differences, summarised: mean and worst PSNR (dB), largest channel error, mean error. */
    public record Quality(double meanPsnr, double minPsnr, int maxError, double meanAbsolute) {
    }

    public record Result(ZoomPlan plan, Timing direct, Timing keyframes, Quality keyframesVsDirect,
                         Quality directVsSupersampled, Quality keyframesVsSupersampled) {
    }

    private final ZoomPlan plan;
    private final ViewRenderer renderer;

    public MethodComparison(ZoomPlan plan, ViewRenderer renderer) {
        this.plan = plan;
        this.renderer = renderer;
    }

    /** Runs the comparison; {@code supersampled} adds the 2x2 reference (four times a direct render). */
    public Result run(boolean supersampled, IntConsumer framesCompared) throws IOException {
        // The first method timed would otherwise also pay for compiling the kernel: warm it up on
        // the zoom's own views (start, middle, target) first.
        CancelSignal warm = new CancelSignal();
        for (int k : new int[] {0, plan.frames() / 2, plan.frames() - 1}) {
            renderer.render(plan.frame(k), warm);
        }
        Timing direct = time(ZoomMethod.DIRECT);
        Timing keyframes = time(ZoomMethod.KEYFRAMES);
        Accumulator vsDirect = new Accumulator();
        Accumulator directVsRef = new Accumulator();
        Accumulator keyedVsRef = new Accumulator();
        CancelSignal cancel = new CancelSignal();
        int[] k = {0};
        FrameSink compare = new FrameSink() {
            @Override
            public void accept(int[] keyed) {
                int[] exact = renderer.render(plan.frame(k[0]), cancel);
                vsDirect.add(exact, keyed);
                if (supersampled) {
                    int[] ref = supersampled(plan.frame(k[0]), cancel);
                    directVsRef.add(ref, exact);
                    keyedVsRef.add(ref, keyed);
                }
                k[0]++;
                framesCompared.accept(k[0]);
            }

            @Override
            public void finish() {
            }

            @Override
            public void abort() {
            }
        };
        new ZoomRecorder(plan, ZoomMethod.KEYFRAMES, renderer, null, null).record(compare, cancel);
        return new Result(plan, direct, keyframes, vsDirect.quality(),
                supersampled ? directVsRef.quality() : null, supersampled ? keyedVsRef.quality() : null);
    }

    private Timing time(ZoomMethod method) throws IOException {
        ZoomRecorder recorder = new ZoomRecorder(plan, method, renderer, null, null);
        FrameSink drop = new FrameSink() {
            @Override
            public void accept(int[] argb) {
            }

            @Override
            public void finish() {
            }

            @Override
            public void abort() {
            }
        };
        ZoomRecorder.Result r = recorder.record(drop, new CancelSignal());
        return new Timing(method, recorder.pictureCount(), r.wallNanos(), r.renderNanos(), r.composeNanos());
    }

    /** The view rendered at twice the size and averaged over 2x2 blocks. */
    private int[] supersampled(ZoomView view, CancelSignal cancel) {
        int w = view.width();
        int h = view.height();
        int[] big = renderer.render(new ZoomView(view.centreRe(), view.centreIm(), view.span(), 2 * w, 2 * h,
                view.maxIter()), cancel);
        int[] out = new int[w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                int p = 2 * j * 2 * w + 2 * i;
                int[] four = {big[p], big[p + 1], big[p + 2 * w], big[p + 2 * w + 1]};
                int r = 0;
                int g = 0;
                int b = 0;
                for (int c : four) {
                    r += c >> 16 & 0xFF;
                    g += c >> 8 & 0xFF;
                    b += c & 0xFF;
                }
                out[j * w + i] = 0xFF000000 | (r + 2) / 4 << 16 | (g + 2) / 4 << 8 | (b + 2) / 4;
            }
        }
        return out;
    }

    private static final class Accumulator {
        private double psnrSum;
        private double minPsnr = Double.POSITIVE_INFINITY;
        private int maxError;
        private double absSum;
        private int frames;

        void add(int[] reference, int[] candidate) {
            // An identical frame (the last one) has infinite PSNR; cap it so the mean stays a number.
            double psnr = Math.min(99, ImageDifference.psnr(reference, candidate));
            psnrSum += psnr;
            minPsnr = Math.min(minPsnr, psnr);
            maxError = Math.max(maxError, ImageDifference.maxError(reference, candidate));
            absSum += ImageDifference.meanAbsolute(reference, candidate);
            frames++;
        }

        Quality quality() {
            return new Quality(psnrSum / frames, minPsnr, maxError, absSum / frames);
        }
    }
}
