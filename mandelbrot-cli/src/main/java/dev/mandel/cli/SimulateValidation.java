package dev.mandel.cli;

import dev.mandel.render.RenderRequest;
import dev.mandel.session.Machine;
import dev.mandel.settings.EngineSettings;
import dev.mandel.simulate.FourSteps;
import dev.mandel.simulate.OtherLoad;
import dev.mandel.simulate.Validation;

import java.io.PrintStream;
import java.util.Locale;

/**
 * {@code simulate --validate}: the lesson's four steps timed on this machine (their kernels are the
 * steps themselves: scalar, then vector), then the simulator's predicted makespans against measured
 * ones on 1 and {@code --threads} threads with the {@code --kernel} asked for.
 */
final class SimulateValidation {

    private SimulateValidation() {
    }

    static void run(PrintStream out, EngineSettings engine, RenderRequest request, int[] factors, int reps) {
        int parallel = engine.threads();
        out.printf(Locale.ROOT, "%nQuick measurement on this machine (%s; warm-up until the JIT settles, best and"
                + " median of %d; not JMH)%n", Machine.current().summary(), reps);
        OtherLoad stepsLoad = OtherLoad.start();
        var steps = FourSteps.measure(request, parallel, RenderRequest.DEFAULT_PARTITION_FACTOR, reps);
        SimulationTables.fourSteps(out, steps);
        printOtherLoad(out, stepsLoad);
        out.println();
        out.println("Validation: predicted (simulator, per-row ns measured on 1 thread) vs measured makespan");
        OtherLoad validationLoad = OtherLoad.start();
        Validation.Report report = Validation.run(engine.kernelFor(request.view(), request.maxIter()), request,
                new int[] {1, parallel}, factors, reps, line -> System.err.println(line));
        SimulationTables.validation(out, report);
        printOtherLoad(out, validationLoad);
    }

    private static void printOtherLoad(PrintStream out, OtherLoad load) {
        load.share().ifPresent(share -> out.printf(Locale.ROOT,
                "other processes used %.0f%% of this machine's CPU time meanwhile%s%n", share * 100,
                share > 0.05 ? " (timings, the parallel ones most, are disturbed)" : ""));
    }
}
