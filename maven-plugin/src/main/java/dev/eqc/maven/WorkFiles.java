package dev.eqc.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugin's temporary files: each is named after the process id of the build that made it
 * ({@code .eqc-4711-k3j9.tmp}), so that the next run can tell what a killed build left behind
 * from what a live build of the same project is still writing, and remove the former.
 *
 * <p>A leftover is removed when its build's process is gone, when that process id now belongs
 * to a process started after the file was made (the id was reused), or when it is older than an
 * hour (no generate run writes for that long; this also covers builds in another PID namespace,
 * such as a second container sharing the folder, whose live files this run cannot tell apart).
 * Names without a process id (from earlier plugin versions: {@code target/eqc-staging-*},
 * {@code target/.eqc-state-*.tmp}) are removed after ten minutes.
 */
final class WorkFiles {
    /** Temporary state file in {@code target/}, renamed onto the state file. */
    static final String STATE_PREFIX = ".eqc-state-";
    /** Temporary source beside its target in an output directory, renamed onto it. */
    static final String OUTPUT_PREFIX = ".eqc-";
    static final Duration MAX_AGE = Duration.ofHours(1);
    static final Duration UNOWNED_AGE = Duration.ofMinutes(10);

    private static final String SUFFIX = ".tmp";
    /** In {@code target/}: this version's and earlier versions' staging folders and state temporaries. */
    private static final Pattern IN_BUILD_DIR =
            Pattern.compile("eqc-staging-\\d+(-[0-9a-z]+)?|\\.eqc-state-\\d+(-[0-9a-z]+)?\\.tmp");
    /** In an output root: temporary sources ({@code .eqc-<pid>-<random>.tmp}), staging folders ({@code .eqc-<digits>}). */
    private static final Pattern IN_OUTPUT_ROOT = Pattern.compile("\\.eqc-\\d+(-[0-9a-z]+\\.tmp)?");
    private static final Pattern OWNER = Pattern.compile("(?:eqc-staging-|\\.eqc-state-|\\.eqc-)(\\d{1,18})-[0-9a-z]+(\\.tmp)?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private WorkFiles() {}

    /**
     * Writes {@code bytes} to a new file {@code prefix + pid + "-" + random + ".tmp"} in
     * {@code dir}. The file is created new (an entry already there, a planted link included,
     * is never opened), with the default permissions, so the renamed result looks like any
     * other written file. On failure nothing is left behind.
     */
    static Path write(Path dir, String prefix, byte[] bytes) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path temp = dir.resolve(prefix + ProcessHandle.current().pid() + "-"
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + SUFFIX);
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(bytes);
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 9) {
                    throw e;
                }
            } catch (IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        }
    }

    /**
     * Removes the leftovers of killed builds: {@code eqc-staging-<digits>[-<random>]} and
     * {@code .eqc-state-<digits>[-<random>].tmp} directly in {@code buildDir}, and
     * {@code .eqc-<pid>-<random>.tmp} files and {@code .eqc-<digits>} folders at any depth of
     * each output root (nothing else, so a user's own {@code .eqc-notes} stays). Links are removed, never followed. Problems are reported to {@code warn}, never
     * thrown: a leftover that stays is harmless.
     *
     * @return how many leftovers were removed
     */
    static int sweep(Path buildDir, List<Path> outputRoots, Function<Path, String> display, Consumer<String> warn) {
        Instant now = Instant.now();
        List<Path> found = new ArrayList<>();
        try (var entries = Files.list(buildDir)) {
            entries.filter(p -> IN_BUILD_DIR.matcher(p.getFileName().toString()).matches()).forEach(found::add);
        } catch (NoSuchFileException e) {
            // no target/ yet: nothing left over
        } catch (IOException e) {
            warn.accept("eqc: cannot look for leftovers of interrupted builds in " + display.apply(buildDir) + ": "
                    + IoErrors.describe(e, display));
        }
        for (Path root : outputRoots) {
            collectUnder(root, found, display, warn);
        }
        int removed = 0;
        for (Path p : found) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (ownedByLiveBuild(p.getFileName().toString(), a.lastModifiedTime().toInstant(), now)) {
                    continue;
                }
                deleteTree(p);
                removed++;
            } catch (NoSuchFileException e) {
                // its own build finished meanwhile and removed it
            } catch (IOException e) {
                warn.accept("eqc: cannot remove " + display.apply(p) + ", left by an interrupted build: "
                        + IoErrors.describe(e, display));
            }
        }
        return removed;
    }

    /** Whether a work file of this name and age may still be in use by a running build. */
    static boolean ownedByLiveBuild(String name, Instant modified, Instant now) {
        Duration age = Duration.between(modified, now);
        Matcher m = OWNER.matcher(name);
        if (!m.matches()) {
            return age.compareTo(UNOWNED_AGE) < 0;
        }
        if (age.compareTo(MAX_AGE) > 0) {
            return false;
        }
        Optional<ProcessHandle> owner = ProcessHandle.of(Long.parseLong(m.group(1)));
        if (owner.isEmpty() || !owner.get().isAlive()) {
            return false;
        }
        // A process started after the file was made cannot have made it: its id was reused.
        Optional<Instant> started = owner.get().info().startInstant();
        return started.isEmpty() || !started.get().isAfter(modified.plusSeconds(2));
    }

    private static void collectUnder(Path root, List<Path> found, Function<Path, String> display,
            Consumer<String> warn) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            // walkFileTree does not follow links: a linked folder is visited as a file, not entered.
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && IN_OUTPUT_ROOT.matcher(dir.getFileName().toString()).matches()) {
                        found.add(dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (IN_OUTPUT_ROOT.matcher(file.getFileName().toString()).matches()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            warn.accept("eqc: cannot look for leftovers of interrupted builds in " + display.apply(root) + ": "
                    + IoErrors.describe(e, display));
        }
    }

    /** Deletes a file, a link (not its target) or a folder with everything in it. */
    static void deleteTree(Path p) throws IOException {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(p);
            return;
        }
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
