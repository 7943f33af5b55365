package dev.mandel.poster;

import dev.mandel.render.RenderRequest;
import dev.mandel.schedule.Schedule;
import dev.mandel.view.Viewport;

/**
 * A whole render of a view of any size, rendered as one or more horizontal strips.
 *
 * <p>A {@link RenderRequest} is one frame and refuses more pixels than one Java array holds (about
 * 46341x46341); a poster can be far larger than that, so the whole is described here and only its
 * strips become requests.
 */
public record PosterSpec(Viewport view, int maxIter, Schedule schedule, int partitionFactor, boolean smooth) {

    /** Rows {@code [first, first + rows)} of the view as one frame; coordinates stay the full view's. */
    public RenderRequest strip(int first, int rows) {
        return new RenderRequest(view, maxIter, schedule, partitionFactor, smooth, first, rows);
    }

    /** Heap one row of a frame takes: counts, escape magnitudes when smooth, the row's total. */
    public long bytesPerRow() {
        return strip(0, 1).frameBytes();
    }

    public int height() {
        return view.height();
    }

    public int width() {
        return view.width();
    }
}
