package dev.mandel.deep;

/**
 * Iterates one pixel's delta against a reference orbit and returns its escape count
 * (docs/deep-zoom.md, sections 3 to 6). The pixel's offset from the reference is
 * {@code (dcRe + i dcIm) * 2^dcExp}.
 */
interface DeltaLoop {

    int iterate(double dcRe, double dcIm, int dcExp, int maxIter, StepCounter steps);

    /**
     * One row: pixel {@code i} has the offset {@code (dcRe[i] + i dcIm) * 2^dcExp}; its count goes to
     * {@code counts[offset + i]} and, when {@code escapeMag2} is not null, its {@code |z|^2} at escape
     * to {@code escapeMag2[offset + i]}. Pixel after pixel here; a loop that steps several pixels at
     * once ({@link VectorDeltaLoop}) overrides it.
     */
    default void iterateRow(double[] dcRe, double dcIm, int dcExp, int maxIter, int[] counts, double[] escapeMag2,
                            int offset, StepCounter steps) {
        for (int i = 0; i < dcRe.length; i++) {
            counts[offset + i] = iterate(dcRe[i], dcIm, dcExp, maxIter, steps);
            if (escapeMag2 != null) {
                escapeMag2[offset + i] = steps.escapeMag2;
            }
        }
    }

    /** The number type, as the summary and status line name it. */
    String numberType();
}
