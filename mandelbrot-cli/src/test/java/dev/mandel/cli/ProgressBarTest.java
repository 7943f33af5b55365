package dev.mandel.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressBarTest {

    @Test
    void lineShowsPercentBarRowsAndTimeLeft() {
        String line = ProgressBar.line(480, 0, 960, 2.0);
        assertTrue(line.startsWith(" 50% [###############               ] 480/960 rows  2.0 s"), line);
        assertTrue(line.endsWith("~2 s left"), line);
        assertEquals("100% [##############################] 960/960 rows  4.0 s", ProgressBar.line(960, 960, 960, 4.0));
        assertTrue(ProgressBar.line(0, 0, 960, 0.5).startsWith("  0% [      "));
        assertEquals("100% [##############################] rendered, writing row 700/960  5.0 s",
                ProgressBar.line(960, 700, 960, 5.0));
    }

    @Test
    void staysQuietForTheFirstSecondAndClearsItselfAfter() {
        StringWriter text = new StringWriter();
        long[] now = {0};
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 100, true, () -> now[0]);
        now[0] = 900_000_000L;
        bar.update(50, 0);
        assertEquals("", text.toString(), "quick renders print no bar");
        now[0] = 1_200_000_000L;
        bar.update(60, 0);
        assertTrue(text.toString().startsWith("\r 60% ["), text.toString());
        int drawn = text.toString().length();
        now[0] += 10_000_000L;
        bar.update(61, 0);
        assertEquals(drawn, text.toString().length(), "no redraw within 100 ms");
        bar.done();
        assertTrue(text.toString().endsWith("\r"), "the line is wiped for the summary");
    }

    @Test
    void printsNothingWhenStderrIsNotATerminal() {
        StringWriter text = new StringWriter();
        long[] now = {0};
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 100, false, () -> now[0]);
        now[0] = 5_000_000_000L;
        bar.update(50, 0);
        bar.done();
        assertEquals("", text.toString());
    }
}
