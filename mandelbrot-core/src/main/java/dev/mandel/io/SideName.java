package dev.mandel.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Names of the files written beside a target: {@code .NAME.RANDOM.part} for the new content and
 * {@code .NAME.RANDOM.orig} for the old one kept until the move is done.
 *
 * <p>A side name is never longer in bytes than {@code max(target name, }{@value #SHORT_NAME_BYTES}{@code )}:
 * a long target name is cut (at a character boundary) to make room for the dot and tag, so any name
 * the file system takes for the target it also takes beside it, up to the 255-byte limit itself.
 * The random tag needs to be unlikely to repeat, not secret (the file is created exclusively and
 * another tag is drawn on a clash), so it comes from a fast generator.
 */
public final class SideName {

    /** Side names of short targets may be this long: every file system takes it. */
    static final int SHORT_NAME_BYTES = 48;
    private static final int RANDOM_CHARS = 10;

    private SideName() {
    }

    static String part(String targetName) {
        return of(targetName, ".part");
    }

    /**
     * A fresh {@code .NAME.RANDOM.part} path beside {@code target}, for writers that manage their own
     * side file (a video written by ffmpeg, a folder of tiles); it fits wherever the target's name does.
     */
    public static Path partBeside(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.resolveSibling(part(absolute.getFileName().toString()));
    }

    static String orig(String targetName) {
        return of(targetName, ".orig");
    }

    /** Whether {@code name} looks like a side file (what tests and clean-up look for). */
    static boolean isSideName(String name) {
        return name.startsWith(".") && (name.endsWith(".part") || name.endsWith(".orig"));
    }

    private static String of(String targetName, String suffix) {
        String tag = "." + randomTag() + suffix;
        byte[] name = targetName.getBytes(StandardCharsets.UTF_8);
        int budget = Math.max(name.length, SHORT_NAME_BYTES) - 1 - tag.length();
        return "." + prefix(targetName, budget) + tag;
    }

    /** The longest prefix of {@code s} that is at most {@code maxBytes} bytes in UTF-8. */
    static String prefix(String s, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > maxBytes) {
                break;
            }
            bytes += n;
            end += Character.charCount(cp);
        }
        return s.substring(0, end);
    }

    private static String randomTag() {
        StringBuilder b = new StringBuilder(RANDOM_CHARS);
        for (int i = 0; i < RANDOM_CHARS; i++) {
            b.append(Character.forDigit(ThreadLocalRandom.current().nextInt(36), 36));
        }
        return b.toString();
    }
}
