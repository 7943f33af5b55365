package dev.mandel.deep;

/**
 * A mutable extended-range complex number {@code (re + i im) * 2^exp} for the extended delta
 * loop: one instance per pixel loop, reused for every step, so the loop allocates nothing.
 * Normalised values have {@code 0.5 <= max(|re|, |im|) < 1}; zero has exponent
 * {@link FloatExp#ZERO_EXPONENT}.
 */
final class ExtComplex {
    double re;
    double im;
    int exp;

    ExtComplex set(double r, double i, int e) {
        re = r;
        im = i;
        exp = e;
        return normalize();
    }

    ExtComplex normalize() {
        double big = Math.max(Math.abs(re), Math.abs(im));
        if (big == 0) {
            re = 0;
            im = 0;
            exp = FloatExp.ZERO_EXPONENT;
            return this;
        }
        int shift = Math.getExponent(big) + 1;
        if (shift != 0) {
            re = Math.scalb(re, -shift);
            im = Math.scalb(im, -shift);
            exp += shift;
        }
        return this;
    }

    /** this += (r + i i) * 2^e, normalised. */
    ExtComplex add(double r, double i, int e) {
        if (r == 0 && i == 0) {
            return this;
        }
        if (re == 0 && im == 0) {
            return set(r, i, e);
        }
        if (exp >= e) {
            re += FloatExp.scaleDown(r, exp - e);
            im += FloatExp.scaleDown(i, exp - e);
        } else {
            re = r + FloatExp.scaleDown(re, e - exp);
            im = i + FloatExp.scaleDown(im, e - exp);
            exp = e;
        }
        return normalize();
    }

    /** this *= (r + i i) * 2^e, normalised. */
    ExtComplex multiply(double r, double i, int e) {
        double nr = re * r - im * i;
        im = re * i + im * r;
        re = nr;
        exp += e;
        return normalize();
    }

    /** |this| as a double (0 or subnormal when tiny, infinite when huge). */
    double magnitudeDouble() {
        return FloatExp.scalb(Math.hypot(re, im), exp);
    }

    double reDouble() {
        return FloatExp.scalb(re, exp);
    }

    double imDouble() {
        return FloatExp.scalb(im, exp);
    }
}
