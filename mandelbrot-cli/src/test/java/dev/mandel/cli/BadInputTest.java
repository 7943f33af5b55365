package dev.mandel.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of bad input: exit code 2, exactly one line on stderr that starts with "error:" and
 * names the problem, nothing on stdout, no stack trace, and no file written.
 */
class BadInputTest {

    @TempDir
    static Path dir;

    /** {@code args} with {@code @} replaced by the test folder; {@code expected} must appear in the message. */
    static Stream<Arguments> badRenders() {
        return Stream.of(
                bad("'0x10'", "--size", "0x10"),
                bad("width must be between 1 and", "--size", "-5x10"),
                bad("height must be between 1 and 1048576, got 2000000", "--size", "100x2000000"),
                bad("must look like WIDTHxHEIGHT", "--size", "640"),
                bad("'abc' is not a whole number", "--size", "abcx10"),
                bad("option '--max-iter': must be at least 1, got 0", "--max-iter", "0"),
                bad("option '--max-iter': must be at least 1, got -3", "--max-iter", "-3"),
                bad("option '--max-iter': must be a whole number of at least 1 or 'auto', got 'lots'", "--max-iter", "lots"),
                bad("'NaN' is not a finite number", "--region", "NaN,1,0,1"),
                bad("'Infinity' is not a finite number", "--region", "-2,Infinity,0,1"),
                bad("XMIN (1.0) must be less than XMAX (-1.0)", "--region", "1,-1,0,1"),
                bad("YMIN (1.0) must be less than YMAX (1.0)", "--region", "-1,1,1,1"),
                bad("must be XMIN,XMAX,YMIN,YMAX", "--region", "-1,1,0"),
                bad("'x' is not a number", "--region", "-1,1,0,x"),
                bad("option '--region': '-1e308,1e308,0,1' is wider or taller than the largest double", "--region=-1e308,1e308,0,1"),
                bad("--span must be a positive number between 1e-2000 and 1e3, got '1e308'", "--center", "0,0", "--span", "1e308"),
                bad("--center needs --span", "--center", "-0.75,0.1"),
                bad("--span needs --center", "--span", "1"),
                bad("--span must be a positive number between 1e-2000 and 1e3, got '0'", "--center", "0,0", "--span", "0"),
                bad("--span must be a positive number between 1e-2000 and 1e3, got '-1'", "--center", "0,0", "--span", "-1"),
                bad("'NaN' is not a decimal number", "--center", "0,0", "--span", "NaN"),
                bad("'NaN' is not a decimal number", "--center", "NaN,0", "--span", "1"),
                bad("--span must be a positive number between 1e-2000 and 1e3", "--center", "-0.75,0.1", "--span", "1e-3000"),
                bad("too deep for double precision", "--region", "1,1.0000000000000002,0,1", "--size", "4x4"),
                bad("choose one view", "--region", "-2,1,-1,1", "--preset", "full"),
                bad("choose one view", "--preset", "full", "--center", "0,0", "--span", "1"),
                bad("unknown palette 'plaid' (allowed: classic, fire, ocean, aurora, grayscale)", "--palette", "plaid"),
                bad("unknown preset 'atlantis' (allowed: full, seahorse", "--preset", "atlantis"),
                bad("unknown kernel 'gpu' (allowed: auto, scalar, vector)", "--kernel", "gpu"),
                bad("unknown schedule 'random' (allowed: sequential, static, forkjoin)", "--schedule", "random"),
                bad("--threads must be between 1 and 1024, got 0", "--threads", "0"),
                bad("--threads must be between 1 and 1024, got -2", "--threads", "-2"),
                bad("--threads must be between 1 and 1024, got 5000", "--threads", "5000"),
                bad("--partition-factor must be at least 1", "--partition-factor", "0"),
                bad("--strip-rows must be at least 1, got 0", "--strip-rows", "0"),
                bad("folder", "-o", "@/no/such/folder/out.png"),
                bad("is a folder, not a file", "-o", "@/folder.png"),
                bad("--output '@/out.jpg' must end in .png or .npy", "-o", "@/out.jpg"),
                bad("must end in .png or .npy", "-o", "@/out"),
                bad("--rows '@/rows.txt' must end in .csv", "--rows", "@/rows.txt"),
                bad("does not exist", "--rows", "@/missing/rows.csv"),
                bad("--trace '@/t.xml' must end in .csv or .json", "--trace", "@/t.xml"),
                bad("--rows and --trace name the same file", "--rows", "@/x.csv", "--trace", "@/x.csv"),
                bad("of heap", "--size", "40000x40000", "--strip-rows", "40000"),
                bad("is free on the disk", "--size", "1048576x1048576", "-o", "@/huge.npy"),
                bad("Unknown option", "--colour", "red"));
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                bad("option '--max-iter': must be at least 1", "--max-iter", "0"),
                bad("--output '@/rows.csv' must end in .png", "-o", "@/rows.csv"),
                bad("--csv '@/rows.png' must end in .csv", "--csv", "@/rows.png"),
                bad("--bands must be between 1 and 1024, got 0", "--bands", "0"),
                bad("--chart-size '10x10' must be between 200x150", "--chart-size", "10x10"),
                bad("unknown preset", "--preset", "nowhere"),
                bad("too deep for double precision", "--center", "0.3,0", "--span", "1e-17"));
    }

    private static Arguments bad(String expected, String... args) {
        return Arguments.of(expected, args);
    }

    @ParameterizedTest(name = "render {1}")
    @MethodSource("badRenders")
    void renderRefusesBadInput(String expected, String[] args) throws IOException {
        check("render", expected, args);
    }

    @ParameterizedTest(name = "rows {1}")
    @MethodSource("badRows")
    void rowsRefusesBadInput(String expected, String[] args) throws IOException {
        check("rows", expected, args);
    }

    private static void addUnless(List<String> full, List<String> given, String option, String value) {
        if (given.stream().noneMatch(a -> a.equals(option) || a.startsWith(option + "="))) {
            full.add(option);
            full.add(value);
        }
    }

    private static void check(String command, String expected, String[] args) throws IOException {
        Path work = Files.createTempDirectory(dir, "case");
        Path folder = Files.createDirectory(work.resolve("folder.png"));   // an output name that is a folder
        List<String> given = Stream.of(args).map(a -> a.replace("@", work.toString())).toList();
        List<String> full = new ArrayList<>(List.of(command, "--no-warmup"));
        // Small, quick defaults for whatever the case does not set itself.
        addUnless(full, given, "--size", "32x24");
        addUnless(full, given, "--threads", "2");
        addUnless(full, given, "-o", work.resolve("default.png").toString());
        full.addAll(given);
        CliRun run = CliRun.of(full.toArray(String[]::new));
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), "one line on stderr:\n" + run);
        String line = run.errLines().getFirst();
        assertTrue(line.startsWith("error: "), line);
        assertTrue(line.contains(expected.replace("@", work.toString())), "expected '" + expected + "' in: " + line);
        assertFalse(line.contains("Exception") || line.contains("\tat "), "no stack trace: " + line);
        assertEquals("", run.out(), "nothing on stdout");
        try (Stream<Path> files = Files.walk(work)) {
            assertEquals(List.of(work, folder), files.toList(), "no file may be written after bad input");
        }
    }
}
