package dev.mandel.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PbmMainTest {

    private record Run(int code, byte[] out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PbmMain.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    @Test
    void writesTheReferenceBitmapToStdout() throws Exception {
        Run r = run("200");
        assertEquals(0, r.code(), r.err());
        assertEquals("cc65e64bd553ed18896de1dfe7fae3e5", md5(r.out()));
        assertEquals("", r.err());
    }

    @Test
    void writesIntoAFileWithDashO(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.pbm");
        Run r = run("200", "-o", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(0, r.out().length, "nothing on stdout");
        assertEquals("cc65e64bd553ed18896de1dfe7fae3e5", md5(Files.readAllBytes(file)));
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        for (String[] args : new String[][] {{}, {"x"}, {"0"}, {"-5"}, {"200000"}, {"10", "11"}, {"10", "--bogus"}, {"10", "-o"}}) {
            Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("error: "), r.err());
            assertEquals(0, r.out().length);
        }
    }

    @Test
    void anUnwritablePathIsRefusedBeforeRenderingAndLeavesNothing(@TempDir Path dir) {
        Run r = run("16", "-o", dir.resolve("missing/m.pbm").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: -o '") && r.err().contains("does not exist"), r.err());
        assertFalse(Files.exists(dir.resolve("missing")));
        Run wrongExtension = run("16", "-o", dir.resolve("m.png").toString());
        assertEquals(2, wrongExtension.code());
        assertTrue(wrongExtension.err().contains("must end in .pbm"), wrongExtension.err());
    }

    @Test
    void aFullDeviceIsExitOneAndStaysADevice() {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full));
        Run r = run("200", "-o", full.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: cannot write /dev/full"), r.err());
        assertFalse(Files.isRegularFile(full));
    }

    @Test
    void listedInTheMainHelp() {
        CliRun help = CliRun.of("--help");
        assertTrue(help.out().contains("pbm"), help.out());
    }
}
