#!/usr/bin/env python3
"""Plain CPython baseline for the escape-time kernel (no numpy, no extensions).

Same semantics as DESIGN.md section 2: pixel (i, j) maps to cr = xMin + i*dx, ci = yMax - j*dy with
dx = (xMax - xMin)/W, dy = (yMax - yMin)/H, and the loop

    y2 = y*y; mag2 = fma(x, x, y2); if mag2 > 4: return n
    ynew = fma(x + x, y, ci); x = fma(x, x, cr - y2); y = ynew

Python has math.fma only from 3.13 on. On older versions the timed loop uses plain arithmetic,
x*x + y2, which rounds twice where fma rounds once: a pixel whose orbit passes within an ulp of a
decision can then escape one step earlier or later. This script says which arithmetic it timed and
writes the counts, so the report can count the pixels where they differ from the Java kernels.

To show that the difference is that rounding and nothing else, --exact-rows recomputes a few rows
with a correctly rounded fma built from exact pieces: Dekker's two-product gives a*b = p + e exactly,
and math.fsum((p, e, c)) rounds the exact sum once (fsum is correctly rounded, half-even). Where a
product is too small for the two-product to be exact, it falls back to fractions.Fraction. That path
is slow and is never the one timed.

Usage: mandelbrot.py [--preset mojo] [--stride 24] [--repeats 3] [--exact-rows 4] [--json out.json]
"""

import argparse
import json
import math
import platform
import sys
import time
from fractions import Fraction

# Regions and sizes of the core presets the baseline runs (dev.mandel.view.Preset); the report
# recomputes the same rows in Java, so a drift here shows up as mismatches, not as a silent error.
PRESETS = {
    "mojo": (-2.0, 0.6, -1.5, 1.5, 960, 960, 1000),
    "classroom": (-2.2, 0.8, -0.3, 2.7, 960, 960, 1000),
}

HAS_FMA = hasattr(math, "fma")


def escape_fma(cr, ci, max_iter, fma):
    """Escape count with a real fma: the reference semantics, step for step."""
    x = 0.0
    y = 0.0
    for n in range(max_iter):
        y2 = y * y
        if fma(x, x, y2) > 4.0:
            return n
        x, y = fma(x, x, cr - y2), fma(x + x, y, ci)
    return max_iter


def escape_plain(cr, ci, max_iter):
    """The loop as plain CPython writes it: each fma becomes a multiply and an add (two roundings)."""
    x = 0.0
    y = 0.0
    for n in range(max_iter):
        y2 = y * y
        xx = x * x
        if xx + y2 > 4.0:
            return n
        x, y = xx + (cr - y2), (x + x) * y + ci
    return max_iter


_SPLIT = 134217729.0  # 2**27 + 1: Veltkamp's splitter for 53-bit doubles
_TINY = 2.0 ** -900   # below this a product's error term may be subnormal, hence inexact


def fma_exact(a, b, c):
    """Correctly rounded a*b + c without math.fma (slow; for checking only)."""
    p = a * b
    if p == 0.0 or abs(p) < _TINY or not math.isfinite(p):
        return float(Fraction(a) * Fraction(b) + Fraction(c))
    t = _SPLIT * a
    ah = t - (t - a)
    al = a - ah
    t = _SPLIT * b
    bh = t - (t - b)
    bl = b - bh
    e = ((ah * bh - p) + ah * bl + al * bh) + al * bl  # a*b == p + e exactly
    return math.fsum((p, e, c))


def self_test_fma_exact(samples=2000):
    """Checks fma_exact against exact rational arithmetic on random operands of the kernel's range."""
    import random
    rng = random.Random(42)
    for _ in range(samples):
        a, b, c = (rng.uniform(-4.0, 4.0) for _ in range(3))
        want = float(Fraction(a) * Fraction(b) + Fraction(c))
        got = fma_exact(a, b, c)
        if got != want:
            raise AssertionError(f"fma_exact({a!r}, {b!r}, {c!r}) = {got!r}, exact {want!r}")
    return samples


def row_counts(preset, j, escape):
    x_min, x_max, y_min, y_max, w, h, max_iter = PRESETS[preset]
    dx = (x_max - x_min) / w
    dy = (y_max - y_min) / h
    ci = y_max - float(j) * dy
    return [escape(x_min + float(i) * dx, ci, max_iter) for i in range(w)]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--preset", default="mojo", choices=sorted(PRESETS))
    ap.add_argument("--stride", type=int, default=24,
                    help="time rows stride/2, stride/2 + stride, ... (a sample spread over the frame)")
    ap.add_argument("--repeats", type=int, default=3, help="time the slice this many times, keep the best")
    ap.add_argument("--exact-rows", type=int, default=4,
                    help="recompute this many of the slice's rows with a correctly rounded fma (0: skip)")
    ap.add_argument("--json", help="write the result here")
    args = ap.parse_args(argv)
    _, _, _, _, w, h, max_iter = PRESETS[args.preset]
    if not 1 <= args.stride <= h:
        ap.error(f"--stride must be between 1 and {h}, got {args.stride}")
    if args.repeats < 1:
        ap.error(f"--repeats must be at least 1, got {args.repeats}")
    rows = list(range(args.stride // 2, h, args.stride))

    if HAS_FMA:
        fma = math.fma
        escape = lambda cr, ci, m: escape_fma(cr, ci, m, fma)  # noqa: E731
        arithmetic = "math.fma (one rounding, as the reference)"
    else:
        escape = escape_plain
        arithmetic = ("plain x*x + y2 (Python %s has no math.fma, added in 3.13): two roundings per fma"
                      % platform.python_version())

    best = float("inf")
    counts = None
    for _ in range(args.repeats):
        start = time.perf_counter()
        counts = [row_counts(args.preset, j, escape) for j in rows]
        best = min(best, time.perf_counter() - start)
    iterations = sum(sum(r) for r in counts)

    result = {
        "python": platform.python_implementation() + " " + platform.python_version() + " (" + sys.executable + ")",
        "arithmetic": arithmetic,
        "hasMathFma": HAS_FMA,
        "preset": args.preset,
        "width": w,
        "height": h,
        "maxIter": max_iter,
        "rows": rows,
        "counts": counts,
        "iterations": iterations,
        "repeats": args.repeats,
        "bestSeconds": best,
        "nsPerIteration": best * 1e9 / iterations if iterations else None,
    }

    if args.exact_rows > 0:
        checked = self_test_fma_exact()
        pick = rows[:: max(1, len(rows) // args.exact_rows)][: args.exact_rows]
        start = time.perf_counter()
        exact = [row_counts(args.preset, j, lambda cr, ci, m: escape_fma(cr, ci, m, fma_exact)) for j in pick]
        result["exact"] = {
            "method": "Dekker two-product + math.fsum (correctly rounded fma), Fraction fallback; "
                      f"self-checked on {checked} random triples against exact rationals",
            "rows": pick,
            "counts": exact,
            "seconds": time.perf_counter() - start,
        }

    text = json.dumps(result)
    if args.json:
        with open(args.json + ".tmp", "w") as f:
            f.write(text)
        import os
        os.replace(args.json + ".tmp", args.json)
    print(f"CPython baseline: {args.preset}, {len(rows)} rows (every {args.stride}th), "
          f"{iterations:,} iterations in {best:.3f} s (best of {args.repeats}): "
          f"{result['nsPerIteration']:.1f} ns/iteration; arithmetic: {arithmetic}", file=sys.stderr)
    if not args.json:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
