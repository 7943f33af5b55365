package dev.mandel.deep;

import dev.mandel.kernel.KernelProvider;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The double delta loop of {@link DoubleDeltaLoop} on {@link DoubleVector}s: the pixels of a row
 * run in groups of one vector's lanes that share the reference index {@code m}, so each step
 * broadcasts one {@code Z_m}, one {@code |Z_m|^2 - 4} and one BLA block to every lane
 * (docs/deep-zoom.md, section 9). The only class of the deep path that imports
 * {@code jdk.incubator.vector}; {@link DeltaLoops} loads it by name, so the rest runs without the
 * incubator module.
 *
 * <p>Groups: a row's pixels wait in a queue at {@code m = 0}; a group takes up to one vector's
 * worth and steps them together. A lane that escapes or reaches the limit retires; a lane that
 * rebases ({@code m := 0}) leaves the group and queues again at {@code m = 0}, where it regroups
 * with other rebased pixels. When every lane rebases at once (or the orbit ends) the group stays
 * together, and whenever a group stands at {@code m = 0} it fills its empty lanes from the queue.
 * Empty lanes hold zero offsets and zero deltas, which every step keeps at zero. Once
 * {@link #HAND_OVER} or fewer lanes are left, they finish in the scalar loop.
 *
 * <p>BLA: a group takes the longest block valid for all its lanes (the radius test against the
 * largest {@code |z|} of the group, the length against the smallest remaining budget). A lane may
 * therefore take a shorter block than it would alone, the one way its count can differ from the
 * scalar loop's: the steps are the same operations in the same order, rounded the same way, but
 * two half blocks round differently from one whole block. The test {@code VectorDeltaLoopTest}
 * counts those differences.
 */
final class VectorDeltaLoop implements DeltaLoop {

    private static final VectorSpecies<Double> SPECIES =
            VectorSpecies.of(double.class, VectorShape.forBitSize(KernelProvider.vectorLanes() * Double.SIZE));
    private static final int LANES = SPECIES.length();
    /**
     * A group with this many lanes or fewer left hands them to the scalar loop. With 8 lanes, the
     * Flake's 320x180 frame on one thread (DeepFrameBenchmark, AMD EPYC Zen 5) took 105 ms handing
     * over at 5, 123 ms at 2, 211 ms never; the scalar loop 152 ms. Lanes in a
     * group take the blocks valid for all of them (on the Flake 1.7 times the steps of pixels
     * alone), so a group pays only while it is nearly full.
     */
    static final int HAND_OVER = LANES * 5 / 8;

    private final DoubleDeltaLoop single;
    private final double[] zRe;
    private final double[] zIm;
    private final double[] gap;
    private final int last;
    private final BlaTable t;

    VectorDeltaLoop(ReferenceOrbit orbit, BlaTable table) {
        this.single = new DoubleDeltaLoop(orbit, table);
        this.zRe = orbit.re();
        this.zIm = orbit.im();
        this.gap = orbit.radiusGap();
        this.last = orbit.length() - 1;
        this.t = table;
    }

    @Override
    public String numberType() {
        return "double, Vector API (" + LANES + " lanes)";
    }

    /** One pixel alone (probes): the scalar loop, since a group of one gains nothing. */
    @Override
    public int iterate(double dcRe, double dcIm, int dcExp, int maxIter, StepCounter steps) {
        return single.iterate(dcRe, dcIm, dcExp, maxIter, steps);
    }

    @Override
    public void iterateRow(double[] dcRe, double dcIm, int dcExp, int maxIter, int[] counts, double[] escapeMag2,
                           int offset, StepCounter steps) {
        new Row(dcRe, FloatExp.scalb(dcIm, dcExp), dcExp, maxIter, counts, escapeMag2, offset, steps).run();
    }

    /** One row's queue, lanes and counters; lives for one call, owned by one worker. */
    private final class Row {
        private final int width;
        private final double[] dcr;
        private final double dci;
        private final int maxIter;
        private final int[] counts;
        private final double[] escapeMag2;
        private final int offset;
        private final StepCounter steps;
        /** Pixels waiting at {@code m = 0}: a ring of pixel indices, with their delta and count so far. */
        private final int[] queue;
        private int head;
        private int queued;
        private final double[] waitRe;
        private final double[] waitIm;
        private final int[] waitN;
        /** Per lane: the pixel (-1 when empty) and its count when it joined the group. */
        private final int[] pixel = new int[LANES];
        private final int[] joinedAt = new int[LANES];
        private final double[] laneRe = new double[LANES];
        private final double[] laneIm = new double[LANES];
        private final double[] laneDcr = new double[LANES];
        private final double[] laneDci = new double[LANES];
        private final double[] laneOut = new double[LANES];
        private final boolean[] flags = new boolean[LANES];
        private long perturbation;
        private long bla;

        Row(double[] dcRe, double dci, int dcExp, int maxIter, int[] counts, double[] escapeMag2, int offset,
            StepCounter steps) {
            this.width = dcRe.length;
            this.dcr = new double[width];
            for (int i = 0; i < width; i++) {
                dcr[i] = FloatExp.scalb(dcRe[i], dcExp);
            }
            this.dci = dci;
            this.maxIter = maxIter;
            this.counts = counts;
            this.escapeMag2 = escapeMag2;
            this.offset = offset;
            this.steps = steps;
            this.queue = new int[width];
            this.waitRe = new double[width];
            this.waitIm = new double[width];
            this.waitN = new int[width];
            for (int i = 0; i < width; i++) {
                queue[i] = i;
            }
            this.queued = width;
        }

        void run() {
            java.util.Arrays.fill(pixel, -1);
            while (queued > 0) {
                group();
            }
            steps.perturbation += perturbation;
            steps.bla += bla;
        }

        /** Fills empty lanes from the queue (the group stands at {@code m = 0}); returns the lanes in use. */
        private int fill() {
            int used = 0;
            for (int l = 0; l < LANES; l++) {
                if (pixel[l] < 0 && queued > 0) {
                    int p = queue[head];
                    head = head + 1 == width ? 0 : head + 1;
                    queued--;
                    pixel[l] = p;
                    joinedAt[l] = waitN[p];
                    laneRe[l] = waitRe[p];
                    laneIm[l] = waitIm[p];
                    laneDcr[l] = dcr[p];
                    laneDci[l] = dci;
                }
                if (pixel[l] >= 0) {
                    used++;
                } else {
                    // An empty lane holds zeros, which every step keeps at zero.
                    laneRe[l] = 0;
                    laneIm[l] = 0;
                    laneDcr[l] = 0;
                    laneDci[l] = 0;
                }
            }
            return used;
        }

        private void enqueue(int p, double re, double im, int n) {
            int tail = head + queued;
            queue[tail >= width ? tail - width : tail] = p;
            queued++;
            waitRe[p] = re;
            waitIm[p] = im;
            waitN[p] = n;
        }

        /** The smallest number of steps any lane in use has left before the limit. */
        private int stepsLeft() {
            int left = Integer.MAX_VALUE;
            for (int l = 0; l < LANES; l++) {
                if (pixel[l] >= 0) {
                    left = Math.min(left, maxIter - joinedAt[l]);
                }
            }
            return left;
        }

        /**
         * Steps one group until all its lanes have retired or left. {@code s} counts the group's
         * iterations, so lane {@code l} stands at {@code joinedAt[l] + s}; on refilling at
         * {@code m = 0} every lane's {@code joinedAt} is rebased to {@code s = 0}.
         */
        private void group() {
            final double[] zRe = VectorDeltaLoop.this.zRe;
            final double[] zIm = VectorDeltaLoop.this.zIm;
            final double[] gap = VectorDeltaLoop.this.gap;
            final BlaTable t = VectorDeltaLoop.this.t;
            final int[] offsetK = t.offset;
            final double[] coefficients = t.coefficientsD;
            final int topLevel = t.levels - 1;
            int active = fill();
            DoubleVector zr = DoubleVector.fromArray(SPECIES, laneRe, 0);
            DoubleVector zi = DoubleVector.fromArray(SPECIES, laneIm, 0);
            DoubleVector cr = DoubleVector.fromArray(SPECIES, laneDcr, 0);
            DoubleVector ci = DoubleVector.fromArray(SPECIES, laneDci, 0);
            VectorMask<Double> use = inUse();
            int m = 0;
            int s = 0;
            int left = stepsLeft();
            // Lanes arrive fresh (z = 0, where both tests are void) or just rebased, which the scalar
            // loop follows by a step at m = 0 without testing again: the first step skips the tests.
            boolean tested = false;
            while (true) {
                if (s >= left) {
                    // Lanes at the limit never escaped (scalar loop: while (n < maxIter)).
                    for (int l = 0; l < LANES; l++) {
                        if (pixel[l] >= 0 && joinedAt[l] + s >= maxIter) {
                            retire(l, maxIter, 0);
                            active--;
                        }
                    }
                    if (active == 0) {
                        return;
                    }
                    use = inUse();
                    VectorMask<Double> empty = use.not();
                    zr = zr.blend(0, empty);
                    zi = zi.blend(0, empty);
                    cr = cr.blend(0, empty);
                    ci = ci.blend(0, empty);
                    left = stepsLeft();
                }
                if (tested && active <= HAND_OVER) {
                    handOver(zr, zi, m, s);
                    return;
                }
                double refR = zRe[m];
                double refI = zIm[m];
                if (tested) {
                    double g = gap[m];
                    DoubleVector zz = zr.mul(zr).add(zi.mul(zi));
                    // |Z + z|^2 - 4 with |Z|^2 - 4 from the high-precision orbit (section 4), the
                    // scalar loop's operations in its order.
                    DoubleVector outside = zr.mul(refR).add(zi.mul(refI)).mul(2).add(g).add(zz);
                    VectorMask<Double> escaped = outside.compare(VectorOperators.GT, 0);
                    if (g == 0) {
                        VectorMask<Double> moved = zr.compare(VectorOperators.NE, 0).or(zi.compare(VectorOperators.NE, 0));
                        escaped = escaped.or(outside.compare(VectorOperators.EQ, 0).and(moved));
                    }
                    escaped = escaped.and(use);
                    if (escaped.anyTrue()) {
                        outside.intoArray(laneOut, 0);
                        escaped.intoArray(flags, 0);
                        for (int l = 0; l < LANES; l++) {
                            if (flags[l]) {
                                retire(l, joinedAt[l] + s, laneOut[l] + 4);
                                active--;
                            }
                        }
                        if (active == 0) {
                            return;
                        }
                        zr = zr.blend(0, escaped);
                        zi = zi.blend(0, escaped);
                        cr = cr.blend(0, escaped);
                        ci = ci.blend(0, escaped);
                        use = use.andNot(escaped);
                        left = stepsLeft();
                    }
                    DoubleVector fr = zr.add(refR);
                    DoubleVector fi = zi.add(refI);
                    VectorMask<Double> rebase = m == last
                            ? use
                            : fr.mul(fr).add(fi.mul(fi)).compare(VectorOperators.LT, zz).and(use);
                    if (rebase.anyTrue()) {
                        if (rebase.trueCount() == active) {
                            // The whole group rebases (section 3) and stays together at m = 0, where
                            // pixels waiting in the queue can join it.
                            zr = zr.blend(fr, rebase);
                            zi = zi.blend(fi, rebase);
                            m = 0;
                            refR = 0;
                            refI = 0;
                            if (queued > 0) {
                                zr.intoArray(laneRe, 0);
                                zi.intoArray(laneIm, 0);
                                cr.intoArray(laneDcr, 0);
                                ci.intoArray(laneDci, 0);
                                for (int l = 0; l < LANES; l++) {
                                    if (pixel[l] >= 0) {
                                        joinedAt[l] += s;
                                    }
                                }
                                s = 0;
                                active = fill();
                                zr = DoubleVector.fromArray(SPECIES, laneRe, 0);
                                zi = DoubleVector.fromArray(SPECIES, laneIm, 0);
                                cr = DoubleVector.fromArray(SPECIES, laneDcr, 0);
                                ci = DoubleVector.fromArray(SPECIES, laneDci, 0);
                                use = inUse();
                                left = stepsLeft();
                            }
                        } else {
                            // Some lanes rebase: they leave with their full value and queue at m = 0.
                            fr.intoArray(laneRe, 0);
                            fi.intoArray(laneIm, 0);
                            rebase.intoArray(flags, 0);
                            for (int l = 0; l < LANES; l++) {
                                if (flags[l]) {
                                    enqueue(pixel[l], laneRe[l], laneIm[l], joinedAt[l] + s);
                                    pixel[l] = -1;
                                    active--;
                                }
                            }
                            zr = zr.blend(0, rebase);
                            zi = zi.blend(0, rebase);
                            cr = cr.blend(0, rebase);
                            ci = ci.blend(0, rebase);
                            use = use.andNot(rebase);
                            left = stepsLeft();
                        }
                    }
                }
                tested = true;
                if (m > 0 && topLevel >= 0) {
                    // The longest block valid for every lane: the one valid for the group's largest |z|.
                    double size = zr.abs().add(zi.abs()).reduceLanes(VectorOperators.MAX);
                    int level = t.level(m, size, left - s);
                    if (level >= 0) {
                        int at = 4 * (offsetK[level] + ((m - 1) >>> level));
                        double ar = coefficients[at];
                        double ai = coefficients[at + 1];
                        double br = coefficients[at + 2];
                        double bi = coefficients[at + 3];
                        // ar zr - ai zi + (br dcr - bi dci), and ar zi + ai zr + (br dci + bi dcr).
                        DoubleVector nr = zr.mul(ar).sub(zi.mul(ai)).add(cr.mul(br).sub(ci.mul(bi)));
                        zi = zi.mul(ar).add(zr.mul(ai)).add(ci.mul(br).add(cr.mul(bi)));
                        zr = nr;
                        m += 1 << level;
                        s += 1 << level;
                        bla += active;
                        continue;
                    }
                }
                // z' = (2Z + z) z + dc
                DoubleVector tr = zr.add(2 * refR);
                DoubleVector ti = zi.add(2 * refI);
                DoubleVector nr = tr.mul(zr).sub(ti.mul(zi)).add(cr);
                zi = tr.mul(zi).add(ti.mul(zr)).add(ci);
                zr = nr;
                m++;
                s++;
                perturbation += active;
            }
        }

        private VectorMask<Double> inUse() {
            for (int l = 0; l < LANES; l++) {
                flags[l] = pixel[l] >= 0;
            }
            return VectorMask.fromArray(SPECIES, flags, 0);
        }

        /**
         * The group's last few lanes finish in the scalar loop, each with its own longest blocks
         * ({@link #HAND_OVER} says why). They continue at the top of a step, as the group stands.
         */
        private void handOver(DoubleVector zr, DoubleVector zi, int m, int s) {
            zr.intoArray(laneRe, 0);
            zi.intoArray(laneIm, 0);
            for (int l = 0; l < LANES; l++) {
                if (pixel[l] >= 0) {
                    int p = pixel[l];
                    int count = single.resume(dcr[p], dci, laneRe[l], laneIm[l], m, joinedAt[l] + s, maxIter, steps);
                    retire(l, count, steps.escapeMag2);
                }
            }
        }

        private void retire(int lane, int count, double mag2) {
            int p = pixel[lane];
            counts[offset + p] = count;
            if (escapeMag2 != null) {
                escapeMag2[offset + p] = mag2;
            }
            pixel[lane] = -1;
        }
    }
}
