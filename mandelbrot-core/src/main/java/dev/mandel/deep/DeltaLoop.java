package dev.mandel.deep;

/**
 * Iterates one pixel's delta against a reference orbit and returns its escape count
 * (docs/deep-zoom.md, sections 3 to 6). The pixel's offset from the reference is
 * {@code (dcRe + i dcIm) * 2^dcExp}.
 */
interface DeltaLoop {

    int iterate(double dcRe, double dcIm, int dcExp, int maxIter, StepCounter steps);

    /** The number type, as the summary and status line name it. */
    String numberType();
}
