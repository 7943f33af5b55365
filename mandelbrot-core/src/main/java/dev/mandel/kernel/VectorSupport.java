package dev.mandel.kernel;

import java.lang.management.ManagementFactory;

/**
 * Whether the vector kernels can beat the scalar one in this JVM, decided once from facts that do
 * not change while it runs: is {@code jdk.incubator.vector} readable, does C2 compile (without it
 * every vector operation is a method call on a heap object, orders of magnitude slower than
 * scalar code), and does the species hold at least two doubles.
 *
 * @param usable  true when the vector path can win
 * @param reason  why not, one line, when {@code usable} is false; empty otherwise
 * @param bits    the width the kernels would use (0 when unknown)
 */
record VectorSupport(boolean usable, String reason, int bits) {

    static final String MODULE = "jdk.incubator.vector";

    static VectorSupport detect() {
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            return refused("the Vector API (" + MODULE + ") is not available; start the JVM with --add-modules="
                    + MODULE, 0);
        }
        String noC2 = c2Missing();
        if (noC2 != null) {
            return refused(noC2, 0);
        }
        int preferred = preferredBits();
        int requested = VectorWidth.requestedBits();
        if (requested > preferred) {
            return refused(requested + "-bit vectors were asked for but this machine's widest are " + preferred
                    + " bits", 0);
        }
        int bits = requested == 0 ? preferred : requested;
        if (bits < 128) {
            return refused("this machine's vectors hold " + bits / Double.SIZE + " double (" + bits
                    + " bits); the vector kernel needs at least 2 to win", bits);
        }
        return new VectorSupport(true, "", bits);
    }

    private static VectorSupport refused(String reason, int bits) {
        return new VectorSupport(false, reason, bits);
    }

    /** Why C2 will not compile the kernels, or null when it will. */
    private static String c2Missing() {
        String info = System.getProperty("java.vm.info", "");
        if (info.contains("interpreted mode")) {
            return "the JVM runs interpreted only (-Xint); the Vector API needs the C2 compiler";
        }
        if (info.contains("emulated-client") || System.getProperty("java.vm.name", "").contains("Client")) {
            return "the JVM runs without its C2 compiler (client VM); the Vector API needs C2";
        }
        try {
            var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (hotspot != null) {
                boolean tiered = Boolean.parseBoolean(hotspot.getVMOption("TieredCompilation").getValue());
                int stopAt = Integer.parseInt(hotspot.getVMOption("TieredStopAtLevel").getValue());
                if (tiered && stopAt < 4) {
                    return "the JVM stops compiling at tier " + stopAt + " (-XX:TieredStopAtLevel); the Vector API"
                            + " needs C2 (tier 4)";
                }
                if (!Boolean.parseBoolean(hotspot.getVMOption("UseCompiler").getValue())) {
                    return "the JVM's JIT compiler is off; the Vector API needs C2";
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // Not HotSpot, or no management module: nothing more to learn, assume a compiler.
        }
        return null;
    }

    /** The widest vector this JVM compiles to machine instructions, asked without linking the incubator module. */
    private static int preferredBits() {
        try {
            Class<?> shape = Class.forName(MODULE + ".VectorShape");
            Object preferred = shape.getMethod("preferredShape").invoke(null);
            return (int) shape.getMethod("vectorBitSize").invoke(preferred);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot query the Vector API's preferred shape", e);
        }
    }
}
