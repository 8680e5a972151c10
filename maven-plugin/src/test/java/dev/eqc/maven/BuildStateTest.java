package dev.eqc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {
    @TempDir
    Path dir;

    private static final BuildState.Entry ENTRY = new BuildState.Entry(42, 1700000000000L,
            ContentHash.sha256(new byte[] {1, 2}), "com.acme.Attention;FLOAT;tests",
            List.of("main/com/acme/Attention.java", "test/com/acme/AttentionTest.java"));

    private Path saved() throws IOException {
        Path file = dir.resolve("target/eqc-state.properties");
        new BuildState("0.1.0;eqc-compiler@1:2", Map.of("src/main/eqc/com/acme/attention.eq", ENTRY,
                "src/main/eqc/gelu.eq", new BuildState.Entry(7, 8, ContentHash.sha256(new byte[0]), "Gelu;FLOAT;tests",
                        List.of("main/Gelu.java")))).save(file);
        return file;
    }

    private BuildState.Loaded load(Path file) {
        return BuildState.load(file, Path::toString);
    }

    /** The reason the state in {@code file} was thrown away; fails when it was not. */
    private String problem(Path file) {
        BuildState.Loaded loaded = load(file);
        assertNotNull(loaded.problem(), "the state should have been refused");
        assertTrue(loaded.state().entries().isEmpty());
        assertEquals("", loaded.state().fingerprint());
        return loaded.problem();
    }

    @Test
    void savedStateLoadsBackEqual() throws Exception {
        Path file = saved();
        BuildState.Loaded back = load(file);
        assertNull(back.problem());
        assertEquals("0.1.0;eqc-compiler@1:2", back.state().fingerprint());
        assertEquals(ENTRY, back.state().entries().get("src/main/eqc/com/acme/attention.eq"));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left beside the state");
        }
    }

    @Test
    void noStateIsNoProblem() {
        BuildState.Loaded none = load(dir.resolve("none.properties"));
        assertNull(none.problem());
        assertTrue(none.state().entries().isEmpty());
    }

    @Test
    void aStateCutShortAnywhereIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(saved());
        Path cut = dir.resolve("cut.properties");
        for (int length = 0; length < whole.length; length++) {
            Files.write(cut, Arrays.copyOf(whole, length));
            BuildState.Loaded loaded = load(cut);
            assertTrue(loaded.problem() != null || loaded.state().entries().size() == 2,
                    "cut at " + length + " must be refused or whole");
            assertTrue(loaded.problem() != null || length >= whole.length - 1, "cut at " + length + " was accepted");
        }
    }

    @Test
    void aLineDroppedIsRefused() throws Exception {
        Path file = saved();
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.stream().filter(l -> !l.startsWith("input.src/main/eqc/gelu.eq")).toList());
        assertTrue(problem(file).contains("checksum does not match"));
    }

    @Test
    void anOldStateWithoutChecksumIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("old.properties"), "fingerprint=x\ninput.a.eq=1|2|"
                + ContentHash.sha256(new byte[0]) + "|A;FLOAT;tests|main/A.java\n");
        assertTrue(problem(file).contains("no checksum"));
    }

    @Test
    void garbageIsRefused() throws Exception {
        byte[] junk = new byte[4096];
        new Random(14).nextBytes(junk);
        assertNotNull(problem(Files.write(dir.resolve("junk.properties"), junk)));
        assertNotNull(problem(Files.writeString(dir.resolve("text.properties"), "hello\nworld\n")));
        assertNotNull(problem(Files.writeString(dir.resolve("escape.properties"), "a=\\uZZZZ\n")));
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        Path file = saved();
        byte[] bytes = Files.readAllBytes(file);
        byte[] bad = Arrays.copyOf(bytes, bytes.length + 2);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = (byte) 0x28;
        Files.write(file, bad);
        assertTrue(problem(file).contains("not UTF-8"));
    }

    /** An entry with the wrong number of fields, with a checksum that matches, as an editor could write. */
    @Test
    void wrongFieldCountsAreRefusedEvenWithAValidChecksum() throws Exception {
        for (String value : List.of("1|2|3", "1|2|" + ContentHash.sha256(new byte[0]) + "|o|main/A.java|extra",
                "x|2|" + ContentHash.sha256(new byte[0]) + "|o|main/A.java", "1|2|nothex|o|main/A.java")) {
            Map<String, String> values = Map.of("fingerprint", "f", "input.a.eq", value);
            Path file = dir.resolve("fields.properties");
            Files.writeString(file, "fingerprint=f\ninput.a.eq=" + value + "\nchecksum=" + BuildState.checksum(values)
                    + "\n", StandardCharsets.UTF_8);
            assertTrue(problem(file).startsWith("the entry of a.eq has"), value);
        }
    }

    @Test
    void anUnexpectedKeyIsRefused() throws Exception {
        Map<String, String> values = Map.of("fingerprint", "f", "input\n.a", "x", "other", "y");
        Path file = dir.resolve("keys.properties");
        Files.writeString(file, "fingerprint=f\nother=y\ninput\\n.a=x\nchecksum=" + BuildState.checksum(values) + "\n");
        assertTrue(problem(file).contains("unexpected key"), problem(file));
    }

    @Test
    void aFolderWhereTheFileBelongsIsRefusedAndCannotBeSavedOnto() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("target/eqc-state.properties/inside"));
        assertTrue(problem(folder.getParent()).contains("folder"));
        BuildState state = new BuildState("f", Map.of("a.eq", ENTRY));
        assertThrows(IOException.class, () -> state.save(folder.getParent()));
        try (var files = Files.list(dir.resolve("target"))) {
            assertEquals(List.of("eqc-state.properties"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left when the save fails");
        }
    }

    @Test
    void aLinkWhereTheFileBelongsIsRefused() throws Exception {
        Path real = saved();
        Path link = Files.createSymbolicLink(dir.resolve("link.properties"), real);
        assertTrue(problem(link).contains("symbolic link"));
    }

    @Test
    void anUnreadableFileIsRefused() throws Exception {
        Path file = saved();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "root reads everything");
        assertTrue(problem(file).contains("cannot be read"));
    }

    @Test
    void anOversizedFileIsNotRead() throws Exception {
        Path file = dir.resolve("big.properties");
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'#'}), BuildState.MAX_BYTES + 10L);
        }
        assertTrue(problem(file).contains("larger than"));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoDoesNotHangTheBuild() throws Exception {
        Path fifo = dir.resolve("fifo.properties");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        assertTrue(problem(fifo).contains("not a regular file"));
    }
}
