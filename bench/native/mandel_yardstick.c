/*
 * The yardstick: a hand-written AVX-512 C kernel of exactly the project's semantics
 * (docs and DESIGN.md section 2), for comparing the Java Vector API kernel against.
 *
 *   pixel (i, j):  cr = xMin + i * dx,  ci = yMax - j * dy,  dx = (xMax - xMin) / W, dy = (yMax - yMin) / H
 *   step:          y2 = y*y; mag2 = fma(x, x, y2); escaped when mag2 > 4 (count = step index);
 *                  ynew = fma(x + x, y, ci); x = fma(x, x, cr - y2); y = ynew
 *
 * Six interleaved vectors of 8 doubles per block (48 pixels), an escaped lane frozen by its
 * mask register, "any lane active?" asked every 8 steps, the row's last pixels in masked single
 * vectors, rows handed out dynamically to the threads through one atomic counter. Built with
 * -ffp-contract=off: the compiler must not fuse y*y into cr - y*y, which would change counts.
 *
 * Also here: the core clock, the FMA issue rate and the cycles of one step with nothing waiting,
 * measured, for the report's physical-limit line.
 */
#include <immintrin.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define INTERLEAVE 6
#define LANES 8
#define CHECK_EVERY 8

typedef struct {
    double xMin, dx, yMax, dy;
    int width, height, maxIter;
    int32_t *counts;
    atomic_int nextRow;
    atomic_llong total;
} frame_t;

/*
 * One escape-time step of one vector, the 8 vector operations of DESIGN.md section 2: y*y, the
 * |z|^2 FMA, the masked compare (escape test and AND with the active lanes in one), the masked
 * count add, x+x, the 2xy + ci FMA, cr - y*y and the x FMA. Needs `four`, `one` and `ci` in scope.
 */
#define STEP(x, y, n, act, cr)                                                   \
    do {                                                                         \
        __m512d yy_ = _mm512_mul_pd((y), (y));                                   \
        __m512d mag2_ = _mm512_fmadd_pd((x), (x), yy_);                          \
        (act) = _mm512_mask_cmp_pd_mask((act), mag2_, four, _CMP_NGT_UQ);        \
        (n) = _mm512_mask_add_pd((n), (act), (n), one);                          \
        __m512d t_ = _mm512_fmadd_pd(_mm512_add_pd((x), (x)), (y), ci);          \
        (x) = _mm512_fmadd_pd((x), (x), _mm512_sub_pd((cr), yy_));               \
        (y) = t_;                                                                \
    } while (0)

/* Steps `g` vectors (1 <= g <= INTERLEAVE) of pixels from column i0; returns their count sum. */
static inline int64_t block(const frame_t *f, double ci_value, int i0, int g, int32_t *out) {
    const __m512d four = _mm512_set1_pd(4.0), one = _mm512_set1_pd(1.0), ci = _mm512_set1_pd(ci_value);
    const __m512d iota = _mm512_set_pd(7, 6, 5, 4, 3, 2, 1, 0);
    __m512d cr[INTERLEAVE], x[INTERLEAVE], y[INTERLEAVE], n[INTERLEAVE];
    __mmask8 act[INTERLEAVE];
    for (int v = 0; v < INTERLEAVE; v++) {
        int at = i0 + v * LANES;
        cr[v] = _mm512_add_pd(_mm512_mul_pd(_mm512_add_pd(iota, _mm512_set1_pd((double) at)),
                                            _mm512_set1_pd(f->dx)), _mm512_set1_pd(f->xMin));
        x[v] = y[v] = n[v] = _mm512_setzero_pd();
        int left = f->width - at;
        act[v] = v >= g || left <= 0 ? 0 : left >= LANES ? 0xFF : (__mmask8) ((1u << left) - 1);
    }
    for (int k = 0; k < f->maxIter;) {
        int steps = f->maxIter - k < CHECK_EVERY ? f->maxIter - k : CHECK_EVERY;
        for (int s = 0; s < steps; s++) {
#pragma GCC unroll 6
            for (int v = 0; v < INTERLEAVE; v++) {
                STEP(x[v], y[v], n[v], act[v], cr[v]);
            }
        }
        k += steps;
        if ((act[0] | act[1] | act[2] | act[3] | act[4] | act[5]) == 0) {
            break;
        }
    }
    int64_t sum = 0;
    for (int v = 0; v < g; v++) {
        int at = i0 + v * LANES;
        int left = f->width - at;
        __mmask8 keep = left >= LANES ? 0xFF : (__mmask8) ((1u << left) - 1);
        __m256i c = _mm512_cvtpd_epi32(n[v]);
        _mm256_mask_storeu_epi32(out + at, keep, c);
        sum += (int64_t) _mm512_mask_reduce_add_pd(keep, n[v]);
    }
    return sum;
}

static int64_t row(const frame_t *f, int j) {
    double ci = f->yMax - (double) j * f->dy;
    int32_t *out = f->counts + (int64_t) j * f->width;
    int64_t sum = 0;
    int span = INTERLEAVE * LANES;
    int i = 0;
    for (; i + span <= f->width; i += span) {
        sum += block(f, ci, i, INTERLEAVE, out);
    }
    for (; i < f->width; i += LANES) {
        sum += block(f, ci, i, 1, out); /* single, masked vectors: the rest of the row */
    }
    return sum;
}

static void *worker(void *arg) {
    frame_t *f = arg;
    int64_t sum = 0;
    for (int j; (j = atomic_fetch_add(&f->nextRow, 1)) < f->height;) {
        sum += row(f, j);
    }
    atomic_fetch_add(&f->total, sum);
    return NULL;
}

/* Renders a frame on `threads` threads (the caller is one of them); returns the sum of counts. */
int64_t mandel_render(double xMin, double xMax, double yMin, double yMax, int width, int height, int maxIter,
                      int threads, int32_t *counts) {
    frame_t f = {.xMin = xMin, .dx = (xMax - xMin) / width, .yMax = yMax, .dy = (yMax - yMin) / height,
                 .width = width, .height = height, .maxIter = maxIter, .counts = counts};
    atomic_init(&f.nextRow, 0);
    atomic_init(&f.total, 0);
    pthread_t helpers[64];
    int spawned = 0;
    for (; spawned < threads - 1 && spawned < 64; spawned++) {
        if (pthread_create(&helpers[spawned], NULL, worker, &f) != 0) {
            break;
        }
    }
    worker(&f);
    for (int t = 0; t < spawned; t++) {
        pthread_join(helpers[t], NULL);
    }
    return atomic_load(&f.total);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* This thread's CPU time: time spent descheduled on a busy machine does not count. */
static double cpu_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/*
 * Core clock in GHz: a chain of dependent integer adds retires one per cycle on every x86 core
 * since the Pentium Pro, so adds per CPU-second of this thread is cycles per second. Best of 40 short runs
 * (8 ms each at 2.5 GHz), so that on a busy machine one of them runs uninterrupted.
 */
double mandel_clock_ghz(void) {
    double best = 0;
    for (int run = 0; run < 40; run++) {
        uint64_t n = 20000000, a = 0;
        double t0 = cpu_now();
        __asm__ volatile(
            "1:\n\t"
            "add $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\t"
            "add $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\t"
            "sub $8, %1\n\t"
            "jnz 1b\n\t"
            : "+r"(a), "+r"(n));
        double ghz = 20000000.0 / (cpu_now() - t0) / 1e9;
        if (ghz > best) {
            best = ghz;
        }
    }
    return best;
}

/*
 * The core clock while 512-bit FMAs run (cores lower it for wide vectors): the same dependent
 * integer-add chain, with 4 independent 512-bit FMAs issued beside every 8 adds, far below the FMA
 * pipes' rate, so the chain still retires one add per cycle at the clock the vector code gets.
 */
double mandel_clock_ghz_avx512(void) {
    double best = 0;
    for (int run = 0; run < 40; run++) {
        __m512d a0 = _mm512_set1_pd(1.0), a1 = a0, a2 = a0, a3 = a0;
        const __m512d m = _mm512_set1_pd(0.9999999), c = _mm512_set1_pd(1e-9);
        uint64_t n = 20000000, a = 0;
        double t0 = cpu_now();
        __asm__ volatile(
            "1:\n\t"
            "add $1, %0\n\tvfmadd213pd %[c], %[m], %[a0]\n\tadd $1, %0\n\tadd $1, %0\n\t"
            "vfmadd213pd %[c], %[m], %[a1]\n\tadd $1, %0\n\tadd $1, %0\n\t"
            "vfmadd213pd %[c], %[m], %[a2]\n\tadd $1, %0\n\tadd $1, %0\n\t"
            "vfmadd213pd %[c], %[m], %[a3]\n\tadd $1, %0\n\t"
            "sub $8, %1\n\t"
            "jnz 1b\n\t"
            : "+r"(a), "+r"(n), [a0] "+v"(a0), [a1] "+v"(a1), [a2] "+v"(a2), [a3] "+v"(a3)
            : [m] "v"(m), [c] "v"(c));
        double ghz = 20000000.0 / (cpu_now() - t0) / 1e9;
        if (ghz > best) {
            best = ghz;
        }
    }
    return best;
}

/*
 * 512-bit FMAs retired per cycle: 12 independent accumulator chains (more than latency x pipes,
 * 4 x 2, on current cores) timed against the measured clock. 2.0 means two 512-bit FMA pipes.
 */
double mandel_fma_per_cycle(double ghz) {
    double best = 0;
    for (int run = 0; run < 40; run++) {
        __m512d a0 = _mm512_set1_pd(1.0), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        __m512d a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        const __m512d m = _mm512_set1_pd(0.9999999), c = _mm512_set1_pd(1e-9);
        long iters = 2000000;
        double t0 = cpu_now();
        for (long i = 0; i < iters; i++) {
            __asm__ volatile(
                "vfmadd213pd %[c], %[m], %[a0]\n\tvfmadd213pd %[c], %[m], %[a1]\n\t"
                "vfmadd213pd %[c], %[m], %[a2]\n\tvfmadd213pd %[c], %[m], %[a3]\n\t"
                "vfmadd213pd %[c], %[m], %[a4]\n\tvfmadd213pd %[c], %[m], %[a5]\n\t"
                "vfmadd213pd %[c], %[m], %[a6]\n\tvfmadd213pd %[c], %[m], %[a7]\n\t"
                "vfmadd213pd %[c], %[m], %[a8]\n\tvfmadd213pd %[c], %[m], %[a9]\n\t"
                "vfmadd213pd %[c], %[m], %[a10]\n\tvfmadd213pd %[c], %[m], %[a11]\n\t"
                : [a0] "+v"(a0), [a1] "+v"(a1), [a2] "+v"(a2), [a3] "+v"(a3), [a4] "+v"(a4), [a5] "+v"(a5),
                  [a6] "+v"(a6), [a7] "+v"(a7), [a8] "+v"(a8), [a9] "+v"(a9), [a10] "+v"(a10), [a11] "+v"(a11)
                : [m] "v"(m), [c] "v"(c));
        }
        double fmaPerCycle = iters * 12.0 / ((cpu_now() - t0) * ghz * 1e9);
        if (fmaPerCycle > best) {
            best = fmaPerCycle;
        }
        double sink[8];
        _mm512_storeu_pd(sink, _mm512_add_pd(_mm512_add_pd(a0, a11), _mm512_add_pd(a7, a8)));
        if (sink[0] == 42.0) {
            puts("");
        }
    }
    return best;
}

/*
 * Cycles one vector-step of STEP takes when nothing waits for anything: 6 independent vectors
 * (their dependency chains, about 9 cycles per step, hide behind 6 x 2-3 cycles of issue; six
 * masks fit the seven mask registers, eight would spill one), all
 * lanes of c = 0 so that none ever escapes and the work never changes. This is the core's
 * throughput for exactly the iteration's instruction mix, whichever pipes each operation goes to
 * (on Ice Lake all eight share two 512-bit pipes; Zen 5 sends adds to two pipes of their own but
 * the compare into a mask register to the FMA pipes), so lanes x clock / this = the physical limit.
 */
double mandel_step_cycles(double ghz) {
    volatile double zero = 0.0;
    double best = 1e9;
    for (int run = 0; run < 40; run++) {
        const __m512d four = _mm512_set1_pd(4.0), one = _mm512_set1_pd(1.0), ci = _mm512_set1_pd(zero);
        const __m512d cr = _mm512_set1_pd(zero);
        __m512d x[6], y[6], n[6];
        __mmask8 act[6];
        for (int v = 0; v < 6; v++) {
            x[v] = y[v] = n[v] = _mm512_set1_pd(zero);
            act[v] = 0xFF;
        }
        long steps = 250000;
        double t0 = cpu_now();
        for (long s = 0; s < steps; s++) {
#pragma GCC unroll 6
            for (int v = 0; v < 6; v++) {
                STEP(x[v], y[v], n[v], act[v], cr);
            }
        }
        double cycles = (cpu_now() - t0) * ghz * 1e9 / (steps * 6.0);
        if (cycles < best) {
            best = cycles;
        }
        double sink[8];
        __m512d all = n[0];
        for (int v = 1; v < 6; v++) {
            all = _mm512_add_pd(all, _mm512_add_pd(n[v], _mm512_add_pd(x[v], y[v])));
        }
        _mm512_storeu_pd(sink, all);
        if (sink[0] == 42.0 || (act[0] & act[5]) == 3) {
            puts("");
        }
    }
    return best;
}

#ifdef YARDSTICK_MAIN
/* yardstick clock            prints the clock (scalar code, 512-bit code) and 512-bit FMAs per cycle as properties
 * yardstick render W H N T   renders the mojo region and prints iterations per second */
int main(int argc, char **argv) {
    if (argc >= 2 && strcmp(argv[1], "clock") == 0) {
        double scalar = mandel_clock_ghz();
        double ghz = mandel_clock_ghz_avx512();
        printf("scalarClockGHz=%.3f\nclockGHz=%.3f\nfmaPerCycle=%.2f\nstepCycles=%.3f\n", scalar, ghz,
               mandel_fma_per_cycle(ghz), mandel_step_cycles(ghz));
        return 0;
    }
    if (argc == 6 && strcmp(argv[1], "render") == 0) {
        int w = atoi(argv[2]), h = atoi(argv[3]), n = atoi(argv[4]), t = atoi(argv[5]);
        int32_t *counts = malloc(sizeof(int32_t) * (size_t) w * h);
        for (int rep = 0; rep < 5; rep++) {
            double t0 = now();
            int64_t sum = mandel_render(-2.0, 0.6, -1.5, 1.5, w, h, n, t, counts);
            double s = now() - t0;
            printf("%lld iterations in %.3f s: %.2f G iterations/s\n", (long long) sum, s, sum / s / 1e9);
        }
        free(counts);
        return 0;
    }
    fprintf(stderr, "usage: %s clock | render W H MAXITER THREADS\n", argv[0]);
    return 2;
}
#endif
