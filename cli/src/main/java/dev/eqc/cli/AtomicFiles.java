package dev.eqc.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every file eqc writes is written whole or not at all: into a temporary file in the
 * destination's directory, flushed to disk, then renamed over the destination, so a failure, a
 * full disk, a size limit or a kill leaves the destination as it was. A destination that is not
 * a regular file ({@code /dev/null}, a pipe, a terminal) is written straight through, since a
 * rename would replace the device (as root, destroying it). A symbolic link to a regular file is
 * followed, so the link stays a link.
 *
 * <p>Temporary files are named {@code .eqc-PID-RANDOM.tmp}; ones left by a process that no longer
 * runs (killed mid-write) are removed the next time eqc writes into that directory, and a live
 * run's are left alone, so concurrent runs do not disturb each other.
 */
final class AtomicFiles {
    private static final String PREFIX = ".eqc-";
    private static final String SUFFIX = ".tmp";

    /** What to write into the file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A file written to its temporary name and not yet renamed; {@link #commit} or {@link #discard}. */
    static final class Staged {
        private final Path temp;
        private final Path target;

        private Staged(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }

        void commit() throws IOException {
            if (temp == null) {
                return;
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        }

        void discard() {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the next run in this directory removes it
                }
            }
        }
    }

    private AtomicFiles() {}

    /** Writes {@code target} whole or not at all. */
    static void write(Path target, Content content) throws IOException {
        stage(target, content).commit();
    }

    /**
     * Writes the content under a temporary name beside {@code target} (or, for a device or pipe,
     * straight into it) and returns what renames it into place.
     */
    static Staged stage(Path target, Content content) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a directory");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            try (OutputStream out = new FileOutputStream(target.toFile())) {
                content.writeTo(out);
            }
            return new Staged(null, target);
        }
        Path real = Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
        Path dir = real.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw Files.exists(dir) ? new NotDirectoryException(dir.toString())
                    : new NoSuchFileException(dir.toString(), null, "no such directory");
        }
        removeAbandoned(dir);
        Path temp = dir.resolve(PREFIX + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + SUFFIX);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            content.writeTo(out);
            out.flush();
            channel.force(true);
            keepPermissions(real, temp);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new Staged(temp, real);
    }

    /** A replaced file keeps its permissions (an executable script stays executable). */
    private static void keepPermissions(Path from, Path to) {
        try {
            if (Files.isRegularFile(from)) {
                Set<PosixFilePermission> p = Files.getPosixFilePermissions(from);
                Files.setPosixFilePermissions(to, p);
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // not a POSIX file system: the new file has the default permissions
        }
    }

    /** Removes temporary files of eqc processes that no longer run. */
    static void removeAbandoned(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                int dash = name.indexOf('-', PREFIX.length());
                if (dash < 0 || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    long pid = Long.parseLong(name.substring(PREFIX.length(), dash));
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        continue;
                    }
                    Files.deleteIfExists(f);
                } catch (NumberFormatException | IOException ignored) {
                    // not ours, or gone already
                }
            }
        } catch (IOException ignored) {
            // an unreadable directory fails the write itself, with a reason
        }
    }
}
