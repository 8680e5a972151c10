package dev.eqc.maven;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * One output directory ({@code outputDirectory} or {@code testOutputDirectory}) and the only
 * way the plugin turns a generated-file name into a path to write or delete: the name must be
 * well formed ({@link OutputName}), and every folder on the way must really lie inside the
 * directory, so neither {@code ..} nor a symbolic link planted below it leads anywhere else.
 *
 * <p>The directory itself is configured in the POM and trusted, wherever it really is (a
 * symlinked {@code target/} is fine); what lies below it is not.
 */
final class OutputRoot {
    private final Path root;
    private final Function<Path, String> display;

    /** {@code display} renders paths for messages (relative to the project, as the log shows them). */
    OutputRoot(Path dir, Function<Path, String> display) {
        this.root = dir.toAbsolutePath().normalize();
        this.display = display;
    }

    Path dir() {
        return root;
    }

    /** The path {@code name} stands for, checked by name only (nothing on disk is looked at). */
    Path resolve(String name) throws UnsafePathException {
        String problem = OutputName.problem(name);
        if (problem != null) {
            throw new UnsafePathException("'" + LogText.of(name) + "' is not a generated source name: " + LogText.of(problem));
        }
        Path path = root.resolve(name).normalize();
        // OutputName already rules this out; kept so that a change there cannot open a hole here.
        if (!path.startsWith(root) || path.equals(root)) {
            throw new UnsafePathException("'" + LogText.of(name) + "' lies outside " + display.apply(root));
        }
        return path;
    }

    /**
     * The path to write {@code name} to, after creating its package folders one at a time,
     * each checked to lie inside the root before anything is created below it (so nothing is
     * ever created outside, not even an empty folder).
     */
    Path prepareWrite(String name) throws IOException {
        Path target = resolve(name);
        Files.createDirectories(root);
        Path real = root.toRealPath();
        Path dir = root;
        Path folders = root.relativize(target).getParent();
        for (Path segment : folders == null ? List.<Path>of() : folders) {
            dir = dir.resolve(segment);
            try {
                Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                // a folder from an earlier run, or something else: checked just below
            }
            requireFolderInside(dir, real);
        }
        return target;
    }

    /** Fails unless {@code target}'s folder (still) really lies inside the root. */
    void checkFolderOf(Path target) throws IOException {
        requireFolderInside(target.getParent(), root.toRealPath());
    }

    /**
     * Deletes {@code name} when it is a file eqc generated inside the root.
     *
     * @return true when deleted, false when there was nothing there
     * @throws UnsafePathException when something is there that the plugin will not delete:
     *     outside the root, a symbolic link, a folder, or a file without eqc's header
     */
    boolean deleteGenerated(String name) throws IOException {
        Path target = resolve(name);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        requireFolderInside(target.getParent(), root.toRealPath());
        String shown = display.apply(target);
        if (Files.isSymbolicLink(target)) {
            // eqc writes regular files only; a link is someone else's, and is never followed.
            throw new UnsafePathException(shown + " is a symbolic link, not a source eqc generated");
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnsafePathException(shown + " is not a regular file");
        }
        if (!GeneratedHeader.marks(target)) {
            throw new UnsafePathException(shown + " does not start with eqc's '" + GeneratedHeader.PREFIX
                    + "' line, so eqc did not write it");
        }
        Files.delete(target);
        pruneEmptyFolders(target.getParent());
        return true;
    }

    /** Removes the package folders a deletion left empty, up to (not including) the root. */
    private void pruneEmptyFolders(Path dir) throws IOException {
        while (dir != null && dir.startsWith(root) && !dir.equals(root)
                && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
            dir = dir.getParent();
        }
    }

    private void requireFolderInside(Path dir, Path realRoot) throws IOException {
        Path real = dir.toRealPath();
        if (!real.startsWith(realRoot)) {
            throw new UnsafePathException(display.apply(dir) + " leads outside " + display.apply(root)
                    + " (to " + real + ", through a symbolic link)");
        }
        if (!Files.isDirectory(real)) {
            throw new UnsafePathException(display.apply(dir) + " is not a folder");
        }
    }
}
