package dev.mandel.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An output path checked before any work starts: what is there now decides how it is written.
 *
 * <ul>
 *   <li>{@link Kind#NEW} or {@link Kind#REPLACE}: a regular file (or none yet). It is written aside
 *       and renamed over the target when the whole command succeeded.</li>
 *   <li>{@link Kind#SPECIAL}: a character device or a pipe ({@code /dev/null}, {@code /dev/stdout},
 *       a FIFO). It is written into, never replaced: renaming a file over {@code /dev/null} would
 *       destroy the device node for every program on the machine.</li>
 * </ul>
 *
 * Everything else is refused with one line naming the option: a folder, a missing folder, a
 * read-only file or folder, a name longer than file systems allow, a block device or socket, an
 * extension that does not match the format. A symbolic link is followed, so the file it points to
 * is replaced and the link stays.
 *
 * @param path  where the bytes go: the absolute, link-free path of the file
 * @param given the path as the user wrote it, for messages
 * @param label the option that named it, e.g. {@code --rows}, for messages
 */
public record OutputTarget(Path path, Path given, String label, Kind kind) {

    /** How the file is written. */
    public enum Kind { NEW, REPLACE, SPECIAL }

    /** The longest file name (in bytes) that Linux, macOS and Windows file systems accept. */
    public static final int MAX_NAME_BYTES = 255;

    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    /**
     * Checks {@code given} as the output of option {@code label}. {@code extensions} (lower case, with
     * the dot) are the ones the format allows; a device or pipe has no extension to check. Throws
     * {@link OutputPathException} with one line when the path cannot be written.
     */
    public static OutputTarget check(Path given, String label, String... extensions) {
        Path fileName = given.getFileName();
        if (fileName == null || given.toString().endsWith("/")) {
            throw refuse(label, given, "is a folder, not a file");
        }
        int nameBytes = fileName.toString().getBytes(StandardCharsets.UTF_8).length;
        if (nameBytes > MAX_NAME_BYTES) {
            throw refuse(label, given, "the file name is " + nameBytes + " bytes long; file systems allow at most "
                    + MAX_NAME_BYTES);
        }
        Path absolute = given.toAbsolutePath().normalize();
        Path path = followLinks(absolute, label, given);
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                throw refuse(label, given, "is a folder, not a file");
            }
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                return special(path, given, label);
            }
        }
        requireExtension(given, label, extensions);
        Path dir = path.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw refuse(label, given, "folder " + dir + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            throw refuse(label, given, "folder " + dir + " is not writable");
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return new OutputTarget(path, given, label, Kind.NEW);
        }
        if (readOnly(path)) {
            throw refuse(label, given, "the file is read-only");
        }
        return new OutputTarget(path, given, label, Kind.REPLACE);
    }

    /** The extension check alone, for paths named before they are written (e.g. a dialog's default). */
    public static void requireExtension(Path given, String label, String... extensions) {
        if (extensions.length == 0) {
            return;
        }
        String name = given.getFileName() == null ? "" : given.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Arrays.stream(extensions).noneMatch(name::endsWith)) {
            throw refuse(label, given, "must end in " + Arrays.stream(extensions).collect(Collectors.joining(" or ")));
        }
    }

    /** {@code "--rows '/tmp/r.csv'"}: how messages name this output. */
    public String describe() {
        return label + " '" + given + "'";
    }

    private static Path followLinks(Path absolute, String label, Path given) {
        if (!Files.isSymbolicLink(absolute)) {
            return absolute;
        }
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            throw refuse(label, given, "is a symbolic link to a file that cannot be reached");
        }
    }

    /** Read-only for everyone, even where the permission check says root may write anyway. */
    private static boolean readOnly(Path path) {
        if (!Files.isWritable(path)) {
            return true;
        }
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(path);
            return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                    && !p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static OutputTarget special(Path path, Path given, String label) {
        int type = fileType(path);
        if (type == S_IFCHR || type == S_IFIFO) {
            if (!Files.isWritable(path)) {
                throw refuse(label, given, "is a device or pipe that cannot be written");
            }
            return new OutputTarget(path, given, label, Kind.SPECIAL);
        }
        String what = switch (type) {
            case S_IFBLK -> "a block device";
            case S_IFSOCK -> "a socket";
            default -> "a special file";
        };
        throw refuse(label, given, "is " + what + "; write to a regular file, a character device or a pipe");
    }

    /** The {@code S_IFMT} bits of the file's mode, or -1 where the platform does not say. */
    private static int fileType(Path path) {
        try {
            return ((Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & S_IFMT;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }

    static OutputPathException refuse(String label, Path given, String why) {
        // "--chart 'c.txt' must end in .png", "--chart 'x/c.png': folder x does not exist"
        return new OutputPathException(label + " '" + given + "'" + (why.startsWith("must") ? " " : ": ") + why);
    }
}
