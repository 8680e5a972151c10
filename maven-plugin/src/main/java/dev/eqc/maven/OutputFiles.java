package dev.eqc.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes generated sources all or nothing: every file goes to a staging directory beside the
 * outputs first, and only when all of them were written are they moved into place, so a
 * failed run never leaves a half-written source behind.
 */
final class OutputFiles implements AutoCloseable {
    private final Path staging;
    private final List<Path[]> moves = new ArrayList<>();

    /** Stages under {@code workDir} (in {@code target/}, the file system of the outputs). */
    OutputFiles(Path workDir) throws IOException {
        Files.createDirectories(workDir);
        this.staging = Files.createTempDirectory(workDir, "eqc-staging-");
    }

    /** Stages {@code text} for {@code target}, unless the target already holds exactly that. */
    void stage(Path target, String text) throws IOException {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), text.getBytes(StandardCharsets.UTF_8))) {
            // An identical source keeps its time stamp, so the compiler has nothing to redo.
            return;
        }
        Path staged = staging.resolve(String.valueOf(moves.size()));
        Files.writeString(staged, text, StandardCharsets.UTF_8);
        moves.add(new Path[] {staged, target});
    }

    /** Moves every staged file to its target, replacing what was there. */
    void commit() throws IOException {
        for (Path[] m : moves) {
            Files.createDirectories(m[1].getParent());
            move(m[0], m[1]);
        }
        moves.clear();
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a generated file and the package folders it leaves empty, up to {@code root}. */
    static void delete(Path root, Path file) throws IOException {
        Files.deleteIfExists(file);
        Path dir = file.getParent();
        Path top = root.toAbsolutePath().normalize();
        while (dir != null && dir.toAbsolutePath().normalize().startsWith(top)
                && !dir.toAbsolutePath().normalize().equals(top)) {
            try {
                Files.deleteIfExists(dir);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
            dir = dir.getParent();
        }
    }
}
