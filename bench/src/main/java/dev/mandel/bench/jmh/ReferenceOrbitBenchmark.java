package dev.mandel.bench.jmh;

import dev.mandel.deep.DeepView;
import dev.mandel.deep.FixedPoint;
import dev.mandel.deep.ReferenceOrbit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;

/**
 * Reference-orbit iterations per second by number type, at the precision a view of the given depth
 * needs: {@code BigInteger} fixed point (what {@link ReferenceOrbit} uses) against {@code BigDecimal}
 * with a {@link MathContext} of the same precision in decimal digits (the alternative the issue
 * measured). One operation is one iteration ({@value #STEPS} per invocation).
 *
 * <p>Pitfall: a point that escapes would end the orbit early and time nothing; the Flake's centre
 * stays bounded for 35,000 iterations, far beyond {@value #STEPS}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReferenceOrbitBenchmark {

    static final int STEPS = 2000;
    static final String FLAKE = "-1.99996619445037030418434688506350579675531241540724851511761922944801584242342684381376"
            + "129778868913812287046406560949864353810575744772166485672496092803920095332,"
            + "0.0000000000000000000000000000000003001382436790938324072497303977592498734683119077333527017425"
            + "7280120474975614823581185647299288414075519224186504978181625478529";

    /** Depth of the view: decides the bits (log2(W / S) + 128). */
    @Param({"1e-100", "1.8e-157", "1e-1000"})
    public String span;

    private DeepView view;
    private int bits;
    private BigDecimal cr;
    private BigDecimal ci;
    private MathContext context;

    @Setup
    public void setUp() {
        view = DeepView.parse(FLAKE, span, 1280, 720);
        bits = view.referenceBits();
        cr = FixedPoint.toDecimal(FixedPoint.of(view.centreRe(), bits), bits);
        ci = FixedPoint.toDecimal(FixedPoint.of(view.centreIm(), bits), bits);
        context = new MathContext((int) Math.ceil(bits * Math.log10(2)), RoundingMode.HALF_EVEN);
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public ReferenceOrbit bigIntegerFixedPoint() {
        return ReferenceOrbit.compute(FixedPoint.of(cr, bits), FixedPoint.of(ci, bits), bits, STEPS, () -> false);
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public BigDecimal bigDecimal() {
        BigDecimal x = BigDecimal.ZERO;
        BigDecimal y = BigDecimal.ZERO;
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = 0; n < STEPS; n++) {
            BigDecimal xx = x.multiply(x, context);
            BigDecimal yy = y.multiply(y, context);
            BigDecimal xy = x.multiply(y, context);
            sum = xx.add(yy, context); // |Z|^2, as the orbit keeps it
            x = xx.subtract(yy, context).add(cr, context);
            y = xy.multiply(two).add(ci, context);
        }
        return sum.add(x);
    }
}
