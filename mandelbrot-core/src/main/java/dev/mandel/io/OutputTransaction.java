package dev.mandel.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * All the files one command writes, as one transaction: every output is written aside, checked,
 * and only when all are complete are they moved into place together; on any failure none is.
 *
 * <pre>{@code
 * try (OutputTransaction tx = new OutputTransaction()) {
 *     Output image = tx.add(path, "--output", ".png");    // checked and reserved before any work
 *     Output rows = tx.add(csv, "--rows", ".csv");
 *     ... render ...
 *     tx.write(image, out -> ...);
 *     tx.write(rows, out -> ...);
 *     tx.commit();                                         // all appear, or none
 * }                                                        // not committed: side files removed
 * }</pre>
 *
 * <ul>
 *   <li>{@link #add} checks the path ({@link OutputTarget#check}) and creates the side file beside
 *       the target at once, so a folder that is missing, read-only or on a read-only mount, or a
 *       name the file system refuses, fails before any work starts and changes nothing.</li>
 *   <li>{@link #write} streams into the side file, then forces it to disk and checks its size, so
 *       a full disk (ENOSPC), a file-size limit (EFBIG) or a late write error fails here, naming the
 *       file. Devices and pipes ({@link OutputTarget.Kind#SPECIAL}) are written into directly.</li>
 *   <li>{@link #commit} keeps a hard link to each file it replaces, renames every side file over
 *       its target, and if one rename fails puts the old files back. Existing targets are never
 *       touched before this point.</li>
 *   <li>An unfinished transaction is aborted by {@link #close()}, and by a shutdown hook when the
 *       JVM is stopped by a signal ({@link OpenTransactions}).</li>
 * </ul>
 */
public final class OutputTransaction implements AutoCloseable {

    /** Writes the content of one output to a stream; must not close it (closing is harmless). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** One file of the transaction. */
    public static final class Output {
        private final OutputTarget target;
        private final Path side;
        private Path backup;
        private boolean written;
        private boolean moved;

        private Output(OutputTarget target, Path side) {
            this.target = target;
            this.side = side;
        }

        /** Where the file ends up (absolute, links followed). */
        public Path path() {
            return target.path();
        }

        public OutputTarget target() {
            return target;
        }
    }

    private enum State { OPEN, COMMITTED, ABORTED }

    private static final int BUFFER_BYTES = 1 << 16;

    private final List<Output> outputs = new ArrayList<>();
    private State state = State.OPEN;

    public OutputTransaction() {
        OpenTransactions.add(this);
    }

    /** Writes one file all or nothing (a transaction of one output). */
    public static Path writeOne(Path target, String label, Content content, String... extensions) throws IOException {
        try (OutputTransaction tx = new OutputTransaction()) {
            Output out = tx.add(target, label, extensions);
            tx.write(out, content);
            tx.commit();
            return out.path();
        }
    }

    /**
     * Checks {@code given} as the output of option {@code label} and reserves its side file. Throws
     * {@link OutputPathException} (a usage error) for a path that cannot be written, including the
     * same file named by two options.
     */
    public synchronized Output add(Path given, String label, String... extensions) throws IOException {
        requireOpen();
        OutputTarget target = OutputTarget.check(given, label, extensions);
        for (Output o : outputs) {
            if (o.target.kind() != OutputTarget.Kind.SPECIAL && o.target.path().equals(target.path())) {
                throw new OutputPathException(o.target.label() + " and " + label + " name the same file "
                        + target.path());
            }
        }
        Output out = new Output(target, target.kind() == OutputTarget.Kind.SPECIAL ? null : createSide(target));
        outputs.add(out);
        return out;
    }

    /** The outputs, in the order they were added. */
    public synchronized List<Output> outputs() {
        return List.copyOf(outputs);
    }

    /**
     * Writes the content of {@code out}: aside for a regular file (forced to disk and its size
     * checked), straight into a device or pipe. An I/O failure is rethrown naming the file.
     */
    public void write(Output out, Content content) throws IOException {
        synchronized (this) {
            requireOpen();
            if (out.written) {
                throw new IllegalStateException(out.target.describe() + " was already written");
            }
        }
        try {
            if (out.side == null) {
                writeSpecial(out.target.path(), content);
            } else {
                writeAside(out.side, content);
            }
        } catch (IOException e) {
            throw new IOException("cannot write " + out.target.path() + ": " + reason(e), e);
        }
        synchronized (this) {
            requireOpen();
            out.written = true;
        }
    }

    /**
     * Moves every written output into place, all or none. Throws {@link IllegalStateException} if
     * an output was never written or the transaction was aborted (e.g. by a signal meanwhile).
     */
    public synchronized void commit() throws IOException {
        requireOpen();
        for (Output o : outputs) {
            if (!o.written) {
                throw new IllegalStateException(o.target.describe() + " was never written");
            }
        }
        Output failing = null;
        try {
            for (Output o : outputs) {
                if (o.side != null && o.target.kind() == OutputTarget.Kind.REPLACE) {
                    failing = o;
                    o.backup = keepOld(o.target.path());
                }
            }
            for (Output o : outputs) {
                if (o.side != null) {
                    failing = o;
                    move(o.side, o.target.path());
                    o.moved = true;
                }
            }
        } catch (IOException e) {
            putBack();
            abort();
            throw new IOException("cannot write " + failing.target.path() + ": " + reason(e)
                    + (outputs.size() > 1 ? " (no output was changed)" : ""), e);
        }
        state = State.COMMITTED;
        for (Output o : outputs) {
            deleteQuietly(o.backup);
        }
        syncFolders();
    }

    /** Removes every side file unless committed; the targets stay as they were. Idempotent. */
    synchronized void abort() {
        if (state != State.OPEN) {
            return;
        }
        state = State.ABORTED;
        for (Output o : outputs) {
            if (!o.moved) {
                deleteQuietly(o.side);
            }
            deleteQuietly(o.backup);
        }
    }

    /** Aborts unless committed. */
    @Override
    public void close() {
        abort();
        OpenTransactions.remove(this);
    }

    private void requireOpen() {
        if (state == State.ABORTED) {
            throw new java.util.concurrent.CancellationException("the outputs were abandoned (stopped by a signal"
                    + " or an earlier failure); nothing was written");
        }
        if (state == State.COMMITTED) {
            throw new IllegalStateException("the outputs were already committed");
        }
    }

    private static Path createSide(OutputTarget target) throws IOException {
        Path dir = target.path().getParent();
        String name = target.path().getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            Path side = dir.resolve(SideName.part(name));
            try {
                // createFile, unlike createTempFile, gives the user's usual permissions (umask), not 0600.
                Files.createFile(side);
                if (target.kind() == OutputTarget.Kind.REPLACE) {
                    copyPermissions(target.path(), side);
                }
                return side;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 8) {
                    throw e;
                }
            } catch (AccessDeniedException e) {
                throw OutputTarget.refuse(target.label(), target.given(), "folder " + dir + " is not writable");
            } catch (FileSystemException e) {
                if (String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT).contains("name too long")) {
                    throw OutputTarget.refuse(target.label(), target.given(), "the file system refuses a name this long");
                }
                if (String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT).contains("read-only")) {
                    throw OutputTarget.refuse(target.label(), target.given(), "folder " + dir + " is on a read-only file system");
                }
                throw new IOException("cannot create a file in " + dir + " for " + target.describe() + ": "
                        + reason(e), e);
            }
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (IOException | UnsupportedOperationException e) {
            // the file keeps the usual permissions
        }
    }

    private static void writeAside(Path side, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(side, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            CountingStream counted = new CountingStream(new BufferedOutputStream(Channels.newOutputStream(channel),
                    BUFFER_BYTES));
            content.writeTo(counted);
            counted.flush();
            // A full disk can surface only when the data reaches it (delayed allocation, NFS).
            channel.force(true);
            if (channel.size() != counted.count) {
                throw new IOException("wrote " + counted.count + " bytes but the file holds " + channel.size());
            }
        }
    }

    private static void writeSpecial(Path device, Content content) throws IOException {
        try (OutputStream raw = Files.newOutputStream(device, StandardOpenOption.WRITE)) {
            CountingStream counted = new CountingStream(new BufferedOutputStream(raw, BUFFER_BYTES));
            content.writeTo(counted);
            counted.flush();
        }
    }

    /** A second name for the file about to be replaced, so a failed commit can put it back. */
    private static Path keepOld(Path target) throws IOException {
        Path dir = target.getParent();
        Path backup = dir.resolve(SideName.orig(target.getFileName().toString()));
        try {
            Files.createLink(backup, target);
            return backup;
        } catch (UnsupportedOperationException | FileSystemException e) {
            return null;   // no hard links here: the moves stay atomic one by one, without undo
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Undoes the moves done so far: old files back, new ones removed. */
    private void putBack() {
        for (Output o : outputs) {
            if (!o.moved) {
                continue;
            }
            try {
                if (o.backup != null) {
                    move(o.backup, o.target.path());
                    o.backup = null;
                } else if (o.target.kind() == OutputTarget.Kind.NEW) {
                    Files.deleteIfExists(o.target.path());
                }
            } catch (IOException e) {
                // nothing more can be done; the message names the failing file
            }
        }
    }

    /** Makes the renames durable: a crash right after the command must not lose them. */
    private void syncFolders() {
        outputs.stream().filter(o -> o.side != null).map(o -> o.target.path().getParent()).distinct().forEach(dir -> {
            try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                d.force(true);
            } catch (IOException | RuntimeException e) {
                // not every platform can sync a folder; the files themselves are on disk
            }
        });
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a side file that cannot be removed is harmless; it is never mistaken for the target
        }
    }

    /** The operating system's words for a failure ("No space left on device"), without the path again. */
    static String reason(IOException e) {
        // Encoders wrap the system's error ("I/O error writing PNG file!"): the innermost one says why.
        Throwable inner = e;
        while (inner.getCause() instanceof IOException cause && cause != inner) {
            inner = cause;
        }
        if (inner instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = inner.getMessage() != null ? inner.getMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** Counts bytes on their way to the file; closing only flushes (the transaction closes the file). */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
