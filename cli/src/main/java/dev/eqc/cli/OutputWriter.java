package dev.eqc.cli;

import dev.eqc.compiler.codegen.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes generated sources: every file is first written whole under a temporary name in its
 * own directory ({@link AtomicFiles}), and only when all of them were written are they renamed
 * into place, so an error leaves every destination as it was (SPEC 5: never partial output).
 */
final class OutputWriter {
    private OutputWriter() {}

    static void write(List<GeneratedFile> files, Path mainDir, Path testDir) {
        List<AtomicFiles.Staged> staged = new ArrayList<>();
        Path current = null;
        try {
            for (GeneratedFile f : files) {
                Path root = f.test() ? testDir : mainDir;
                if (root == null) {
                    continue;
                }
                current = root.resolve(f.relativePath());
                Files.createDirectories(current.getParent());
                byte[] bytes = f.source().getBytes(StandardCharsets.UTF_8);
                staged.add(AtomicFiles.stage(current, out -> out.write(bytes)));
            }
            for (AtomicFiles.Staged s : staged) {
                s.commit();
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + current + ": " + IoErrors.reason(e), Main.INPUT_ERRORS);
        } finally {
            staged.forEach(AtomicFiles.Staged::discard);
        }
    }
}
