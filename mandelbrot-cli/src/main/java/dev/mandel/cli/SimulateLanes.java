package dev.mandel.cli;

import dev.mandel.color.CostMap;
import dev.mandel.io.OutputTransaction;
import dev.mandel.io.OutputTransaction.Output;
import dev.mandel.io.PngWriter;
import dev.mandel.kernel.LaneOccupancy;
import dev.mandel.render.RenderRequest;
import dev.mandel.view.Viewport;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * {@code simulate --lanes}: SIMD lane occupancy of the view (the instrumented twin of the vector
 * kernel), and with {@code --lane-map} a picture of the wasted lane-steps per pixel.
 */
final class SimulateLanes {

    private SimulateLanes() {
    }

    static void run(PrintStream out, RenderRequest request, OutputTransaction tx, Output laneFile) throws IOException {
        if (!LaneOccupancy.available()) {
            throw new IllegalStateException("--lanes needs the Vector API: start the JVM with --add-modules=jdk.incubator.vector");
        }
        Viewport view = request.view();
        LaneOccupancy occ = LaneOccupancy.measure(view, request.maxIter());
        int worst = 0;
        for (int r = 1; r < view.height(); r++) {
            if (occ.rowOccupancy(r) < occ.rowOccupancy(worst)) {
                worst = r;
            }
        }
        out.printf(Locale.ROOT, "%nSIMD lane occupancy (%d doubles per vector, %d vectors per block): %.1f%% of issued"
                        + " lane-steps did useful work; lowest row %d at %.1f%%%n", occ.lanes(), occ.interleave(),
                occ.occupancy() * 100, worst, occ.rowOccupancy(worst) * 100);
        if (laneFile != null) {
            int[] wasted = occ.wastedLaneSteps();
            int[] argb = new int[wasted.length];
            CostMap.forCounts(wasted).colour(wasted, argb, 0, argb.length);
            tx.write(laneFile, stream -> PngWriter.write(stream, argb, view.width(), view.height()));
        }
    }
}
