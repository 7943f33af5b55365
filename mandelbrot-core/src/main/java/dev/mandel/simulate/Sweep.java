package dev.mandel.simulate;

/**
 * Speedup over a grid of worker counts and partition factors, plus static bands and cyclic rows
 * for each worker count: the data behind {@code mandelbrot simulate}'s table and chart and the
 * viewer's "simulated beyond this machine" sweep.
 */
public final class Sweep {

    private final RowCosts costs;
    private final int[] workers;
    private final int[] factors;
    private final SimResult[][] stealing;
    private final SimResult[] staticBands;
    private final SimResult[] cyclic;

    private Sweep(RowCosts costs, int[] workers, int[] factors) {
        this.costs = costs;
        this.workers = workers.clone();
        this.factors = factors.clone();
        this.stealing = new SimResult[workers.length][factors.length];
        this.staticBands = new SimResult[workers.length];
        this.cyclic = new SimResult[workers.length];
        for (int i = 0; i < workers.length; i++) {
            staticBands[i] = Simulator.run(costs, Policy.STATIC, workers[i], 1);
            cyclic[i] = Simulator.run(costs, Policy.CYCLIC, workers[i], 1);
            for (int j = 0; j < factors.length; j++) {
                stealing[i][j] = Simulator.run(costs, Policy.STEALING, workers[i], factors[j]);
            }
        }
    }

    /** Replays every combination; cheap (a few milliseconds for the default grid). */
    public static Sweep of(RowCosts costs, int[] workers, int[] factors) {
        if (workers.length == 0 || factors.length == 0) {
            throw new IllegalArgumentException("a sweep needs at least one worker count and one partition factor");
        }
        return new Sweep(costs, workers, factors);
    }

    public RowCosts costs() {
        return costs;
    }

    public int[] workers() {
        return workers.clone();
    }

    public int[] factors() {
        return factors.clone();
    }

    /** Over-partitioned work stealing with {@code workers()[w]} workers and {@code factors()[f]}. */
    public SimResult stealing(int w, int f) {
        return stealing[w][f];
    }

    public SimResult staticBands(int w) {
        return staticBands[w];
    }

    public SimResult cyclic(int w) {
        return cyclic[w];
    }

    /** The over-partitioned result with the highest speedup for worker count index {@code w}. */
    public SimResult bestStealing(int w) {
        SimResult best = stealing[w][0];
        for (SimResult r : stealing[w]) {
            if (r.speedup() > best.speedup()) {
                best = r;
            }
        }
        return best;
    }
}
