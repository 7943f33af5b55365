package dev.mandel.deep;

import dev.mandel.kernel.KernelChoice;
import dev.mandel.render.MemoryBudget;
import dev.mandel.view.Viewport;

import java.math.BigDecimal;
import java.util.function.BooleanSupplier;

/**
 * Everything a deep frame needs before its rows run: the reference orbit (reused from an earlier
 * frame when its point still lies inside the view and its precision suffices), the BLA table for
 * this view's extent, the iteration limit, and the {@link DeepKernel} that ties them together.
 *
 * <p>Preparing is the serial part of a deep frame (the orbit is one long dependent chain), so a
 * viewer runs it on a background thread and keeps the orbit for the next frame.
 */
public final class DeepSetup {

    /** Spans whose pixels are below this (about 1e-289) use extended range (docs/deep-zoom.md, section 6). */
    static final int EXTENDED_BELOW_LOG2_PIXEL = -960;
    /** The highest limit {@code auto} chooses. */
    public static final int AUTO_CAP = 4_000_000;
    /** Bytes per orbit index: the orbit's three doubles and the table's blocks (about two per index). */
    static final long BYTES_PER_INDEX = 3 * 8 + 2 * (15 * 8 + 3 * 4);

    private final DeepView view;
    private final ReferenceOrbit orbit;
    private final BlaTable table;
    private final DeepKernel kernel;
    private final int maxIter;
    private final boolean autoLimit;
    private final boolean orbitReused;

    private DeepSetup(DeepView view, ReferenceOrbit orbit, BlaTable table, DeepKernel kernel, int maxIter,
                      boolean autoLimit, boolean orbitReused) {
        this.view = view;
        this.orbit = orbit;
        this.table = table;
        this.kernel = kernel;
        this.maxIter = maxIter;
        this.autoLimit = autoLimit;
        this.orbitReused = orbitReused;
    }

    /**
     * Prepares {@code view} with an explicit limit ({@code maxIter > 0}) or {@code auto}
     * ({@code maxIter <= 0}), reusing {@code previous} (may be null) when it fits.
     */
    public static DeepSetup prepare(DeepView view, int maxIter, ReferenceOrbit previous, BooleanSupplier cancelled) {
        return prepare(view, maxIter, previous, cancelled, KernelChoice.AUTO);
    }

    /**
     * As {@link #prepare(DeepView, int, ReferenceOrbit, BooleanSupplier)}, with the pixel loop chosen
     * by {@code loop}: scalar, vector, or the faster one this JVM can run ({@link DeltaLoops}).
     * Extended-range views always run the scalar extended loop.
     */
    public static DeepSetup prepare(DeepView view, int maxIter, ReferenceOrbit previous, BooleanSupplier cancelled,
                                    KernelChoice loop) {
        boolean auto = maxIter <= 0;
        int startLimit = auto ? depthLimit(view) : maxIter;
        MemoryBudget.requireFits((long) (startLimit + 1) * BYTES_PER_INDEX,
                "a reference orbit and BLA table of " + startLimit + " iterations");
        ReferenceOrbit orbit = previous != null && fits(previous, view) ? previous : null;
        boolean reused = orbit != null;
        orbit = orbit == null
                ? ReferenceOrbit.forCentre(view, startLimit, cancelled)
                : orbit.extendedTo(startLimit, cancelled);
        int limit = startLimit;
        if (auto) {
            AutoLimit chosen = AutoLimit.choose(view, orbit, startLimit, cancelled);
            orbit = chosen.orbit();
            limit = chosen.limit();
        }
        return build(view, orbit, limit, auto, reused, loop);
    }

    private static DeepSetup build(DeepView view, ReferenceOrbit orbit, int limit, boolean auto, boolean reused,
                                   KernelChoice choice) {
        FloatExp offRe = offset(view.centreRe(), orbit.fixedRe(), orbit.bits());
        FloatExp offIm = offset(view.centreIm(), orbit.fixedIm(), orbit.bits());
        BlaTable table = BlaTable.build(orbit, dcMax(view, offRe, offIm), BlaTable.DEFAULT_EPSILON);
        DeltaLoop loop = DeltaLoops.choose(view, orbit, table, choice);
        return new DeepSetup(view, orbit, table, new DeepKernel(view, offRe, offIm, loop), limit, auto, reused);
    }

    /** A kernel for {@code view} on an orbit already in hand (probes, tests). */
    static DeepKernel kernelFor(DeepView view, ReferenceOrbit orbit) {
        return build(view, orbit, Math.max(1, orbit.iterations()), false, true, KernelChoice.SCALAR).kernel;
    }

    /** Whether pixel offsets of {@code view} fall below double's normal range. */
    public static boolean extended(DeepView view) {
        return FloatExp.log2(view.span()) - Math.log(view.width()) / Math.log(2) < EXTENDED_BELOW_LOG2_PIXEL;
    }

    /**
     * The depth part of {@code auto}: {@code 1000 + 320 log10(4 / S)}, so about 50,000 at 1e-157.
     */
    public static int depthLimit(DeepView view) {
        double digits = Math.max(0, Math.log10(4) - view.log10Span());
        return (int) Math.min(AUTO_CAP, 1000 + 320 * digits);
    }

    /** Whether {@code orbit}'s point lies inside {@code view} and its precision suffices there. */
    public static boolean fits(ReferenceOrbit orbit, DeepView view) {
        if (orbit.bits() < view.referenceBits() - DeepView.GUARD_BITS / 2) {
            return false;
        }
        FloatExp offRe = offset(view.centreRe(), orbit.fixedRe(), orbit.bits()).abs();
        FloatExp offIm = offset(view.centreIm(), orbit.fixedIm(), orbit.bits()).abs();
        FloatExp half = view.spanValue().times(0.5);
        FloatExp halfH = view.spanValue().times(0.5 * view.height() / view.width());
        return offRe.compareTo(half) <= 0 && offIm.compareTo(halfH) <= 0;
    }

    /** {@code centre - fixed / 2^bits}, exactly in decimal, then rounded to extended range. */
    static FloatExp offset(BigDecimal centre, java.math.BigInteger fixed, int bits) {
        return FloatExp.of(centre.subtract(FixedPoint.toDecimal(fixed, bits)));
    }

    /** The largest |dc| of the view: the centre's offset plus the half-diagonal. */
    private static FloatExp dcMax(DeepView view, FloatExp offRe, FloatExp offIm) {
        double aspect = (double) view.height() / view.width();
        FloatExp halfDiagonal = view.spanValue().times(0.5 * Math.sqrt(1 + aspect * aspect));
        FloatExp off = offRe.abs().plus(offIm.abs());
        return halfDiagonal.plus(off);
    }

    public DeepView view() {
        return view;
    }

    public ReferenceOrbit orbit() {
        return orbit;
    }

    public BlaTable table() {
        return table;
    }

    public DeepKernel kernel() {
        return kernel;
    }

    public int maxIter() {
        return maxIter;
    }

    public boolean autoLimit() {
        return autoLimit;
    }

    /** Whether the orbit came from an earlier frame (its cost was not paid again). */
    public boolean orbitReused() {
        return orbitReused;
    }

    /** The number type of the pixel loop. */
    public String numberType() {
        return kernel.numberType();
    }

    /**
     * The grid the renderer schedules: the view's pixel raster in units of its span around the
     * centre. Only its size matters to the deep kernel; the plane coordinates it carries are for
     * code that shows positions (they are relative, not absolute).
     */
    public Viewport gridViewport() {
        return gridViewport(view);
    }

    /** The grid of {@code view}, known before its orbit (for sizing a render's memory first). */
    public static Viewport gridViewport(DeepView view) {
        return Viewport.centered(0, 0, 1, view.width(), view.height());
    }
}
