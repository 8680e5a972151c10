package dev.eqc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.runtime.DType;
import dev.eqc.runtime.Npy;
import dev.eqc.runtime.Tensor;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a separate process, for what only a process shows: a full disk or a
 * closed pipe on standard output, a file-size limit, SIGKILL half-way through a write, and
 * several runs writing the same file at once.
 */
class CliProcessTest {
    @TempDir
    Path dir;
    private Path eq;
    private Path x;

    @BeforeEach
    void files() throws IOException {
        eq = dir.resolve("scale.eq");
        Files.writeString(eq, "x \\in \\mathbb{R}^{n}\ny = 2 x + 1\n");
        x = dir.resolve("x.npy");
        Npy.write(x, Tensor.random(DType.FLOAT32, 7, -1, 1, 4096));
    }

    private static ProcessBuilder java(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static String stderrOf(Process p) throws IOException {
        return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aFullDiskOnStandardOutputFailsTheCommand() throws Exception {
        if (!Files.exists(Path.of("/dev/full"))) {
            return;
        }
        Process p = java(Main.class, "translate", eq.toString()).redirectOutput(new File("/dev/full")).start();
        String err = stderrOf(p);
        assertEquals(1, p.waitFor(), err);
        assertTrue(err.contains("cannot write to standard output"), err);
    }

    @Test
    void aClosedPipeOnStandardOutputFailsTheCommand() throws Exception {
        Process p = java(Main.class, "translate", eq.toString()).start();
        p.getInputStream().close();
        String err = stderrOf(p);
        assertNotEquals(0, p.waitFor(), err);
        assertTrue(err.contains("cannot write to standard output"), err);
    }

    @Test
    void aFileSizeLimitLeavesTheOldOutputAsItWas() throws Exception {
        Path out = dir.resolve("y.npy");
        Files.writeString(out, "old");
        List<String> command = new ArrayList<>(java(Main.class, "run", eq.toString(), "--input", "x=" + x, "--output",
                out.toString()).command());
        String script = "ulimit -f 4; exec \"$@\"";   // 4 KiB: less than the 16 KiB result
        List<String> bash = new ArrayList<>(List.of("bash", "-c", script, "bash"));
        bash.addAll(command);
        Process p = new ProcessBuilder(bash).start();
        String err = stderrOf(p);
        assertNotEquals(0, p.waitFor(), err);
        assertEquals("old", Files.readString(out), "a size limit must not leave a partial file");
        Process again = java(Main.class, "run", eq.toString(), "--input", "x=" + x, "--output", out.toString()).start();
        assertEquals(0, again.waitFor(), stderrOf(again));
        assertEquals(4096, Npy.read(out).numel());
        assertNoTemporaryFiles();
    }

    @Test
    void aKillHalfWayLeavesTheOldFileAndTheNextRunCleansUp() throws Exception {
        Path out = dir.resolve("victim.txt");
        Files.writeString(out, "old");
        Process p = java(AtomicWriteVictim.class, out.toString()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (temporaryFiles().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(temporaryFiles().isEmpty(), "the victim started writing");
        Thread.sleep(100);
        p.destroyForcibly().waitFor();
        assertEquals("old", Files.readString(out), "SIGKILL half-way leaves the destination as it was");
        AtomicFiles.write(out, o -> o.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(out));
        assertNoTemporaryFiles();
    }

    @Test
    void concurrentRunsLeaveOneWholeResult() throws Exception {
        Path out = dir.resolve("shared.npy");
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(java(Main.class, "run", eq.toString(), "--input", "x=" + x, "--output", out.toString())
                    .redirectErrorStream(true).start());
        }
        for (Process p : runs) {
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), log);
        }
        Tensor expected = Npy.read(x);
        Tensor actual = Npy.read(out);
        assertArrayEquals(expected.shape(), actual.shape());
        float[] e = expected.toFloatArray();
        float[] a = actual.toFloatArray();
        for (int i = 0; i < e.length; i++) {
            assertEquals(2 * e[i] + 1, a[i], 1e-6);
        }
        assertNoTemporaryFiles();
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".eqc-")).toList();
        }
    }

    private void assertNoTemporaryFiles() throws IOException {
        assertEquals(List.of(), temporaryFiles());
    }
}
