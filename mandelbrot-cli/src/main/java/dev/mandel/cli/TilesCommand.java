package dev.mandel.cli;

import dev.mandel.color.Colorizer;
import dev.mandel.color.Palette;
import dev.mandel.settings.ViewSettings;
import dev.mandel.farm.FarmProgress;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.render.Renderer;
import dev.mandel.tiles.OutputFolder;
import dev.mandel.tiles.PyramidGeometry;
import dev.mandel.tiles.TileJob;
import dev.mandel.tiles.TilePlan;
import dev.mandel.tiles.ViewerPage;
import dev.mandel.view.Viewport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code mandelbrot tiles}: a Deep Zoom (DZI) pyramid of a view and a page that shows it with
 * OpenSeadragon. The base level is rendered as independent tiles (here, or on a farm with
 * {@code --cluster}); the levels below are 2x2 means of the level above, built as the base tiles
 * stream by, so the pyramid may be far larger than memory.
 */
@Command(name = "tiles", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render a view as a Deep Zoom tile pyramid with a page (index.html) that shows it.",
            "The base level is TILE x 2^(LEVELS-1) pixels wide; the height follows the view's shape (--size)."})
final class TilesCommand implements Callable<Integer> {

    static final int MIN_TILE = 16;
    static final int MAX_TILE = 4096;
    static final int MAX_LEVELS = 17;

    @Mixin
    ViewOptions viewOptions;

    @Option(names = "--levels", required = true, paramLabel = "L",
            description = "Zoom levels of whole tiles: level 1 shows the view in one tile, each further level doubles"
                    + " the resolution (base width TILE x 2^(L-1)).")
    int levels;

    @Option(names = "--tile", defaultValue = "256", paramLabel = "PIXELS",
            description = "Tile edge in pixels (default ${DEFAULT-VALUE}).")
    int tile;

    @Option(names = "--palette", defaultValue = "classic", paramLabel = "NAME",
            converter = Converters.PaletteName.class,
            description = "Colour palette: classic, fire, ocean, aurora, grayscale (default ${DEFAULT-VALUE}).")
    Palette palette;

    @Option(names = "--smooth", description = "Smooth (continuous) colouring instead of bands.")
    boolean smooth;

    @Option(names = "--threads", paramLabel = "N", description = "Render threads without --cluster (default: all cores).")
    Integer threads;

    @Mixin
    ClusterOptions clusterOptions;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "New (or empty) folder for index.html, " + ViewerPage.NAME + ".dzi and the tiles.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ViewSettings view = viewOptions.resolve();
        if (tile < MIN_TILE || tile > MAX_TILE) {
            throw new IllegalArgumentException("--tile must be between " + MIN_TILE + " and " + MAX_TILE + ", got " + tile);
        }
        if (levels < 1 || levels > MAX_LEVELS) {
            throw new IllegalArgumentException("--levels must be between 1 and " + MAX_LEVELS + ", got " + levels);
        }
        long width = (long) tile << (levels - 1);
        long height = Math.max(1, Math.round((double) width * view.view().height() / view.view().width()));
        if (width > Viewport.MAX_EDGE || height > Viewport.MAX_EDGE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "--levels %d with --tile %d makes a %dx%d base level; each edge may be at most %d pixels",
                    levels, tile, width, height, Viewport.MAX_EDGE));
        }
        Viewport base = view.view().withSize((int) width, (int) height);
        if (!base.resolvable()) {
            throw new IllegalArgumentException("the view is too deep for double precision at " + width + "x" + height
                    + " pixels; use fewer --levels");
        }
        int t = Args.threads(threads);
        Palette pal = palette;
        Path dir = OutputFolder.checked(output, "--output");
        ClusterOptions.Checked farmChoice = clusterOptions.given() ? clusterOptions.check() : null;
        PyramidGeometry geometry = new PyramidGeometry((int) width, (int) height, tile);
        TilePlan plan = new TilePlan(System.nanoTime(), base, view.maxIter(), smooth, geometry);
        int baseTiles = plan.count();
        TileJob job = new TileJob(plan, new Colorizer(pal, view.maxIter()), view.label());

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JobProgressLine line = JobProgressLine.forTerminal(err);
        long start = System.nanoTime();
        FarmProgress[] farmProgress = new FarmProgress[1];
        String how;
        if (farmChoice != null) {
            try (ClusterOptions.Farm farm = farmChoice.connect()) {
                how = "on the farm (" + farm.engine().name() + ", " + farm.engine().workers().size() + " workers)";
                OutputFolder.write(dir, d -> farmProgress[0] = job.renderOnFarm(d, farm.engine(), farm.seal(),
                        line::update));
            }
        } else {
            try (Renderer renderer = new Renderer(KernelProvider.best(), t)) {
                how = "here (" + renderer.kernel().name() + " kernel, " + t + " thread" + (t == 1 ? "" : "s") + ")";
                OutputFolder.write(dir, d -> job.renderLocally(d, renderer,
                        done -> line.update(done + "/" + baseTiles + " base tiles")));
            }
        }
        line.done();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println(String.format(Locale.ROOT, "%dx%d %s, max-iter %d: %d base tiles of %d pixels rendered %s,"
                        + " Deep Zoom levels 0-%d", width, height, view.label(), view.maxIter(), baseTiles, tile, how,
                geometry.maxLevel()));
        out.println(String.format(Locale.ROOT, "%.3f s, %.2f ms per base tile", seconds, seconds * 1e3 / baseTiles));
        if (farmProgress[0] != null) {
            out.println("farm: " + farmProgress[0].line());
        }
        out.println("wrote " + dir.resolve("index.html") + " (open it in a browser)");
        out.flush();
        return 0;
    }
}
