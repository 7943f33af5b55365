package dev.mandel.cli;

import dev.mandel.farm.BandPlan;
import dev.mandel.farm.FarmJob;
import dev.mandel.farm.FarmProgress;
import dev.mandel.poster.PosterSpec;
import dev.mandel.poster.RowSink;
import dev.mandel.poster.StripPlan;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.TaskTrace;
import dev.mandel.schedule.RowPartition;

import java.io.IOException;
import java.util.Locale;

/**
 * {@code render --cluster}: the view cut into row bands, each rendered by a worker, written here in
 * order through the same sinks as a local render. Bands keep the view's coordinates, so the file
 * is the local render's, byte for byte.
 */
final class FarmRender {

    /** What the farm did, for the summary. */
    record Result(long[] rowTotals, FarmProgress progress, long elapsedNanos, String kernel, int tasks, int rowsPerTask,
                  int workers) {
        long iterations() {
            long sum = 0;
            for (long t : rowTotals) {
                sum += t;
            }
            return sum;
        }
    }

    private FarmRender() {
    }

    static Result run(ClusterOptions.Farm farm, PosterSpec whole, Integer taskRows, RowSink sink,
                      JobProgressLine line) throws IOException {
        int workers = farm.engine().workers().size();
        int rows = taskRows != null ? taskRows : BandPlan.defaultRowsPerTask(whole.view(), workers);
        BandPlan plan = new BandPlan(System.nanoTime(), whole.view(), whole.maxIter(), whole.smooth(), rows);
        int window = (int) Math.max(2L * FarmJob.IN_FLIGHT_PER_WORKER * workers,
                StripPlan.STRIPS_ALIVE * ((long) StripPlan.BUDGET_MIB << 20) / plan.bytesPerTask());
        long[] rowTotals = new long[whole.height()];
        String[] kernel = {"?"};
        long start = System.nanoTime();
        FarmProgress progress = new FarmJob(farm.engine(), farm.seal(), window).run(plan.count(), plan::task,
                (task, result) -> {
                    RenderRequest band = whole.strip(task.firstRow(), task.rows());
                    Frame frame = new Frame(band, result.kernel(), 1, result.counts(), result.escapeMag2(),
                            result.rowTotals(), RowPartition.contiguous(task.firstRow(), task.rows(), 1),
                            new TaskTrace(1, 1), result.renderNanos());
                    sink.accept(frame, 0, task.rows());
                    System.arraycopy(result.rowTotals(), 0, rowTotals, task.firstRow(), task.rows());
                    kernel[0] = result.kernel();
                },
                line::update);
        line.done();
        return new Result(rowTotals, progress, System.nanoTime() - start, kernel[0], plan.count(), rows,
                progress.doneByWorker().size());
    }

    static String what(String label, PosterSpec whole, Result r, String engine) {
        return String.format(Locale.ROOT, "%dx%d %s, max-iter %d: on the farm (%s, %d worker%s), %d tasks of %d rows,"
                        + " %s kernel", whole.width(), whole.height(), label, whole.maxIter(), engine, r.workers(),
                r.workers() == 1 ? "" : "s", r.tasks(), r.rowsPerTask(), r.kernel());
    }

    static String cost(Result r) {
        double seconds = r.elapsedNanos() / 1e9;
        return String.format(Locale.ROOT, "%.3f s, %.3f G iterations/s (%s iterations), workers rendered for %.3f s"
                        + " in all", seconds, seconds == 0 ? 0 : r.iterations() / seconds / 1e9,
                Summary.count(r.iterations()), r.progress().busyNanos() / 1e9);
    }
}
