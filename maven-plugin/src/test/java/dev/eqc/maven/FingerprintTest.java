package dev.eqc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
    private static Artifact jar(String group, String id, String version, Path file) {
        Artifact a = new DefaultArtifact(group, id, version, "compile", "jar", null, new DefaultArtifactHandler("jar"));
        a.setFile(file.toFile());
        return a;
    }

    @Test
    void aReleaseIsItsVersion(@TempDir Path dir) throws Exception {
        Path compiler = Files.writeString(dir.resolve("c.jar"), "x");
        assertEquals("1.2.0", GenerateMojo.fingerprint("1.2.0", List.of(jar("dev.eqc", "eqc-compiler", "1.2.0", compiler))));
        assertNotEquals(GenerateMojo.fingerprint("1.2.0", List.of()), GenerateMojo.fingerprint("1.3.0", List.of()));
    }

    @Test
    void aRebuiltSnapshotCompilerChangesTheFingerprint(@TempDir Path dir) throws Exception {
        Path compiler = Files.writeString(dir.resolve("c.jar"), "old");
        Path antlr = Files.writeString(dir.resolve("a.jar"), "antlr");
        List<Artifact> jars = List.of(jar("dev.eqc", "eqc-compiler", "0.1.0-SNAPSHOT", compiler),
                jar("org.antlr", "antlr4-runtime", "4.13.2", antlr));
        String before = GenerateMojo.fingerprint("0.1.0-SNAPSHOT", jars);
        assertEquals(before, GenerateMojo.fingerprint("0.1.0-SNAPSHOT", jars));

        Files.setLastModifiedTime(antlr, FileTime.fromMillis(0));
        assertEquals(before, GenerateMojo.fingerprint("0.1.0-SNAPSHOT", jars), "only eqc's own jars count");

        Files.writeString(compiler, "rebuilt");
        Files.setLastModifiedTime(compiler, FileTime.fromMillis(1_000_000));
        assertNotEquals(before, GenerateMojo.fingerprint("0.1.0-SNAPSHOT", jars));
    }
}
