package dev.eqc.cli;

import dev.eqc.compiler.codegen.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes generated files all or nothing: everything goes to a temporary directory first and
 * is moved into place only when all of it was written (SPEC 5: never partial output).
 */
final class OutputWriter {
    private OutputWriter() {}

    static void write(List<GeneratedFile> files, Path mainDir, Path testDir) {
        List<Path[]> moves = new ArrayList<>();
        List<Path> staging = new ArrayList<>();
        try {
            for (GeneratedFile f : files) {
                Path root = f.test() ? testDir : mainDir;
                if (root == null) {
                    continue;
                }
                Files.createDirectories(root);
                Path stage = Files.createTempDirectory(root, ".eqc-");
                staging.add(stage);
                Path staged = stage.resolve(f.className() + ".java");
                Files.writeString(staged, f.source(), StandardCharsets.UTF_8);
                moves.add(new Path[] {staged, root.resolve(f.relativePath())});
            }
            for (Path[] m : moves) {
                Files.createDirectories(m[1].getParent());
                try {
                    Files.move(m[0], m[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(m[0], m[1], StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UserError("cannot write output: " + e.getMessage(), Main.INPUT_ERRORS);
        } finally {
            for (Path s : staging) {
                deleteQuietly(s);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover empty staging directory is harmless
        }
    }
}
