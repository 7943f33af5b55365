package dev.mandel.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Lists the Benchmarks Game mode in {@code ./mandelbrot --help}. The launcher starts
 * {@link PbmMain} directly for {@code ./mandelbrot pbm}; this forwards to it when the picocli
 * entry point is used.
 */
@Command(name = "pbm",
        description = {"The Benchmarks Game mandelbrot: an N x N P4 bitmap of [-1.5,0.5]x[-1,1], 50 iterations,"
                + " no fused multiply-add (the published md5 sums hold).",
                "Usage: pbm N [-o FILE]   (stdout by default)"})
final class PbmCommand implements Callable<Integer> {

    @Unmatched
    List<String> args = List.of();

    @Override
    public Integer call() {
        return PbmMain.run(args.toArray(String[]::new), new FileOutputStream(FileDescriptor.out), System.err);
    }
}
