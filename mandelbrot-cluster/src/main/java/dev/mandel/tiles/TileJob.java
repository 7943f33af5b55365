package dev.mandel.tiles;

import dev.mandel.color.Colorizer;
import dev.mandel.farm.FarmEngine;
import dev.mandel.farm.FarmJob;
import dev.mandel.farm.FarmProgress;
import dev.mandel.farm.RenderTask;
import dev.mandel.farm.Seal;
import dev.mandel.render.Frame;
import dev.mandel.render.RenderRequest;
import dev.mandel.render.Renderer;
import dev.mandel.schedule.Schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A whole pyramid into a folder: base tiles rendered here or on a farm, in Z-order, streamed into
 * a {@link PyramidWriter}, then the descriptor and the viewer page.
 */
public final class TileJob {

    /** Base tiles a farm may hold finished but unwritten: 64 tiles of 256x256 are 16 MiB of counts. */
    public static final int FARM_WINDOW = 64;

    private final TilePlan plan;
    private final Colorizer colorizer;
    private final String title;

    public TileJob(TilePlan plan, Colorizer colorizer, String title) {
        this.plan = plan;
        this.colorizer = colorizer;
        this.title = title;
    }

    /** Renders every base tile with {@code renderer}; {@code onTile} hears the count of tiles done. */
    public long renderLocally(Path dir, Renderer renderer, Consumer<Integer> onTile) throws IOException {
        PyramidWriter writer = new PyramidWriter(dir.resolve(ViewerPage.tilesFolder()), plan.geometry(), colorizer);
        for (int i = 0; i < plan.count(); i++) {
            RenderTask task = plan.task(i);
            Frame frame = renderer.render(new RenderRequest(task.view(), task.maxIter(), Schedule.FORKJOIN,
                    RenderRequest.DEFAULT_PARTITION_FACTOR, task.smooth(), 0, task.rows()));
            int[] cr = plan.geometry().baseTileAt(i);
            writer.acceptBase(cr[0], cr[1], frame.counts(), frame.escapeMag2());
            onTile.accept(i + 1);
        }
        return finish(dir, writer);
    }

    /** Renders every base tile on the farm; the tiles written are those of {@link #renderLocally}. */
    public FarmProgress renderOnFarm(Path dir, FarmEngine engine, Seal seal, Consumer<FarmProgress> onTick)
            throws IOException {
        PyramidWriter writer = new PyramidWriter(dir.resolve(ViewerPage.tilesFolder()), plan.geometry(), colorizer);
        FarmProgress progress = new FarmJob(engine, seal, FARM_WINDOW).run(plan.count(), plan::task,
                (task, result) -> {
                    int[] cr = plan.geometry().baseTileAt(task.index());
                    writer.acceptBase(cr[0], cr[1], result.counts(), result.escapeMag2());
                }, onTick);
        finish(dir, writer);
        return progress;
    }

    private long finish(Path dir, PyramidWriter writer) throws IOException {
        writer.finish();
        ViewerPage.write(dir, plan.geometry(), title);
        return writer.tilesWritten();
    }
}
