package dev.eqc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {
    @TempDir
    Path dir;

    @Test
    void savedStateLoadsBackEqual() throws Exception {
        BuildState.Entry e = new BuildState.Entry(42, 1700000000000L, ContentHash.sha256(new byte[] {1, 2}),
                "com.acme.Attention;FLOAT;tests", List.of("main/com/acme/Attention.java", "test/com/acme/AttentionTest.java"));
        Path file = dir.resolve("target/eqc-state.properties");
        new BuildState("0.1.0;eqc-compiler@1:2", Map.of("src/main/eqc/com/acme/attention.eq", e)).save(file);
        BuildState back = BuildState.load(file);
        assertEquals("0.1.0;eqc-compiler@1:2", back.fingerprint());
        assertEquals(Map.of("src/main/eqc/com/acme/attention.eq", e), back.entries());
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left beside the state");
        }
    }

    @Test
    void aMissingOrDamagedStateMeansRegenerateEverything() throws Exception {
        assertTrue(BuildState.load(dir.resolve("none.properties")).entries().isEmpty());
        Path bad = dir.resolve("bad.properties");
        Files.writeString(bad, "fingerprint=x\ninput.a.eq=not|an|entry\n");
        BuildState state = BuildState.load(bad);
        assertTrue(state.entries().isEmpty());
    }
}
