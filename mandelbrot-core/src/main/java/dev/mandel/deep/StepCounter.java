package dev.mandel.deep;

/**
 * What one row's pixels cost, filled by a delta loop as it goes: perturbation steps, BLA steps,
 * and the escaping pixel's {@code |z|^2} for smooth colouring. One instance per row and worker,
 * never shared, so the loops count without atomics.
 */
final class StepCounter {
    long perturbation;
    long bla;
    /** {@code |z_n|^2} of the last pixel at its escape, 0 if it did not escape. */
    double escapeMag2;
    /** Scratch for the extended loop, reused pixel after pixel. */
    final ExtComplex z = new ExtComplex();
    final ExtComplex tmp = new ExtComplex();
}
