package dev.mandel.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a whole input file of at most a given size. The size the file system reports is not
 * trusted: {@code /dev/zero}, {@code /dev/urandom}, a pipe or a file under {@code /proc} report 0
 * and never end, so reading stops one byte past the limit and the file is refused with one line
 * instead of filling the heap.
 */
public final class BoundedRead {

    private BoundedRead() {
    }

    /**
     * The bytes of {@code file}, refused with an {@link IOException} naming the file when it does not
     * exist, is a folder, cannot be read or holds more than {@code maxBytes}.
     */
    public static byte[] bytes(Path file, int maxBytes) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] data = in.readNBytes(maxBytes);
            if (data.length == maxBytes && in.read() >= 0) {
                throw new IOException(file + " is larger than " + maxBytes + " bytes, the most this file type may hold");
            }
            return data;
        } catch (NoSuchFileException e) {
            throw new IOException(file + " does not exist", e);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) {
                throw e;
            }
            throw new IOException("cannot read " + file + ": " + OutputTransaction.reason(e), e);
        }
    }
}
