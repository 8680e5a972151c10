package dev.eqc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic, all-or-nothing writing, and that no temporary file outlives a run, failed or not. */
class OutputFilesTest {
    @TempDir
    Path base;
    Path rootDir;
    OutputRoot root;
    final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void layout() throws IOException {
        rootDir = Files.createDirectories(base.resolve("target/generated-sources/eqc"));
        root = new OutputRoot(rootDir, Path::toString);
    }

    private OutputFiles files() {
        return new OutputFiles(Path::toString, warnings::add);
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(p -> p.getFileName().toString().startsWith(".eqc-")).toList();
        }
    }

    @Test
    void writesEveryFileAndLeavesNoTemporaryFile() throws IOException {
        try (OutputFiles out = files()) {
            out.stage(root, "com/acme/A.java", "class A {}\n");
            out.stage(root, "B.java", "class B {}\n");
            assertEquals(2, temporaryFiles().size(), "written beside their targets before the rename");
            assertFalse(Files.exists(rootDir.resolve("com/acme/A.java")), "nothing in place before commit");
            out.commit();
            assertEquals(2, out.written());
        }
        assertEquals("class A {}\n", Files.readString(rootDir.resolve("com/acme/A.java")));
        assertEquals("class B {}\n", Files.readString(rootDir.resolve("B.java")));
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void anIdenticalSourceIsNotRewritten() throws IOException {
        Path a = Files.writeString(rootDir.resolve("A.java"), "class A {}\n");
        Files.setLastModifiedTime(a, FileTime.fromMillis(946684800000L));
        try (OutputFiles out = files()) {
            out.stage(root, "A.java", "class A {}\n");
            out.commit();
            assertEquals(0, out.written());
        }
        assertEquals(946684800000L, Files.getLastModifiedTime(a).toMillis());
    }

    @Test
    void aLinkPlantedAtTheTargetIsReplacedNotFollowed() throws IOException {
        Path victim = Files.writeString(base.resolve("victim.txt"), "keep me");
        Files.createSymbolicLink(rootDir.resolve("A.java"), victim);
        try (OutputFiles out = files()) {
            out.stage(root, "A.java", "class A {}\n");
            out.commit();
        }
        assertEquals("keep me", Files.readString(victim));
        assertTrue(Files.isRegularFile(rootDir.resolve("A.java"), LinkOption.NOFOLLOW_LINKS));
        assertEquals("class A {}\n", Files.readString(rootDir.resolve("A.java")));
    }

    @Test
    void aLinkToIdenticalTextIsReplacedToo() throws IOException {
        Path victim = Files.writeString(base.resolve("Victim.java"), "class A {}\n");
        Files.createSymbolicLink(rootDir.resolve("A.java"), victim);
        try (OutputFiles out = files()) {
            out.stage(root, "A.java", "class A {}\n");
            out.commit();
        }
        assertFalse(Files.isSymbolicLink(rootDir.resolve("A.java")));
    }

    @Test
    void aFailureWhileStagingLeavesEveryTargetAsItWasAndNoTemporaryFile() throws IOException {
        Path a = Files.writeString(rootDir.resolve("A.java"), "old A");
        Path outside = Files.createDirectories(base.resolve("outside"));
        Files.createSymbolicLink(rootDir.resolve("evil"), outside);
        try (OutputFiles out = files()) {
            out.stage(root, "A.java", "new A");
            assertThrows(UnsafePathException.class, () -> out.stage(root, "evil/B.java", "class B {}"));
        }
        assertEquals("old A", Files.readString(a));
        assertEquals(List.of(), temporaryFiles());
        try (Stream<Path> list = Files.list(outside)) {
            assertEquals(0, list.count());
        }
    }

    @Test
    void aFailureInTheMiddleOfTheCommitLeavesTheFailedTargetAsItWasAndNoTemporaryFile() throws IOException {
        try (OutputFiles out = files()) {
            out.stage(root, "A.java", "new A");
            out.stage(root, "B.java", "new B");
            // A non-empty folder where B.java goes: its rename fails after A's succeeded.
            Files.createDirectories(rootDir.resolve("B.java/inner"));
            assertThrows(IOException.class, out::commit);
        }
        assertEquals("new A", Files.readString(rootDir.resolve("A.java")));
        assertTrue(Files.isDirectory(rootDir.resolve("B.java/inner")));
        assertEquals(List.of(), temporaryFiles());
    }
}
