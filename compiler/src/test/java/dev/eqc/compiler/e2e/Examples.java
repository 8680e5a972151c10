package dev.eqc.compiler.e2e;

import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's examples/*.eq files, for tests that run over all of them. */
final class Examples {
    private Examples() {}

    static Path root() {
        String prop = System.getProperty("eqc.repo.root");
        Path p = prop != null ? Path.of(prop) : Path.of("..");
        return Files.isDirectory(p.resolve("examples")) ? p : Path.of("..");
    }

    static Stream<Path> all() {
        try (Stream<Path> files = Files.list(root().resolve("examples"))) {
            List<Path> eq = files.filter(f -> f.toString().endsWith(".eq")).sorted().toList();
            return eq.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceFile read(Path p) {
        try {
            return new SourceFile("examples/" + p.getFileName(), Files.readString(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String className(Path p) {
        String name = p.getFileName().toString();
        return JavaNames.className(name.substring(0, name.length() - 3));
    }
}
