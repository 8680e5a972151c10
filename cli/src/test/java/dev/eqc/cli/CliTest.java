package dev.eqc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.runtime.DType;
import dev.eqc.runtime.Npy;
import dev.eqc.runtime.Tensor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's exit codes (SPEC 4: 0 ok, 1 input errors, 2 usage) and its outputs. */
class CliTest {
    @TempDir
    Path dir;

    private static Path example(String name) {
        String root = System.getProperty("eqc.repo.root", "..");
        return Path.of(root, "examples", name);
    }

    @Test
    void checkExitCodes() throws Exception {
        assertEquals(0, Main.execute("check", example("attention.eq").toString()));
        Path bad = dir.resolve("bad.eq");
        Files.writeString(bad, "x \\in \\mathbb{R}^{n}, W \\in \\mathbb{R}^{m \\times k}\ny = W x\n");
        assertEquals(1, Main.execute("check", bad.toString()));
        assertEquals(1, Main.execute("check", dir.resolve("missing.eq").toString()));
        assertEquals(2, Main.execute("check", "--no-such-option", bad.toString()));
        assertEquals(2, Main.execute("check", "--format", "xml", bad.toString()));
    }

    @Test
    void explainPrintsTheCatalogueEntryAndRejectsUnknownCodes() {
        assertEquals(0, Main.execute("explain", "E0301"));
        assertEquals(0, Main.execute("explain", "w0101"));
        assertEquals(2, Main.execute("explain", "E9999"));
    }

    @Test
    void checkReportsEveryFile() throws Exception {
        Path a = dir.resolve("a.eq");
        Path b = dir.resolve("b.eq");
        Files.writeString(a, "x \\in \\mathbb{R}^{n}, b \\in \\mathbb{R}^{m}\ny = x + b\n");
        Files.writeString(b, "y = \\mathrm{sofmax}(x)\n");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(1, Main.execute("check", "--format", "json", a.toString(), b.toString()));
        } finally {
            System.setOut(saved);
        }
        String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"code\": \"E0302\"") && json.contains("\"code\": \"E0101\""), json);
    }

    @Test
    void benchPrintsOneJsonObjectAndNeedsEverySize() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute("bench", example("ffn.eq").toString(), "--dim", "d_{model}=8", "--dim",
                    "d_ff=16", "--batch", "3", "--runs", "2", "--warmup", "1"));
        } finally {
            System.setOut(saved);
        }
        String json = out.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
        assertTrue(json.startsWith("{\"function\": \"ffn\", \"shapes\": {\"x\": [3, 8], \"W_1\": [8, 16]"), json);
        assertTrue(json.contains("\"runs\": 2") && json.contains("\"median_ms\": ") && json.contains("\"min_ms\": "), json);
        assertTrue(json.contains("\"kernels\": \"" + dev.eqc.runtime.VectorSupport.describe() + "\""), json);
        assertEquals(2, Main.execute("bench", example("ffn.eq").toString(), "--dim", "d_ff=16"));
    }

    @Test
    void benchPassesSizesNoInputGivesToTheMethod() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            // PE(n, d_model): no input gives either size, so they come from --dim.
            assertEquals(0, Main.execute("bench", example("positional_encoding.eq").toString(), "--dim", "n=8",
                    "--dim", "d_{model}=4", "--runs", "1", "--warmup", "0"));
        } finally {
            System.setOut(saved);
        }
        assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("\"median_ms\": "));
        // A size that --dim must give and does not is a usage error (exit 2), named in the message.
        assertEquals(2, Main.execute("bench", example("positional_encoding.eq").toString(), "--dim", "n=8",
                "--runs", "1"));
    }

    @Test
    void benchUsesAndReportsTheThreadCountThenRestoresIt() {
        int before = dev.eqc.runtime.Parallel.threads();
        for (int t : new int[] {1, 3}) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            java.io.PrintStream saved = System.out;
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            try {
                assertEquals(0, Main.execute("bench", example("gelu.eq").toString(), "--dim", "d=64", "--runs", "1",
                        "--warmup", "0", "--threads", Integer.toString(t)));
            } finally {
                System.setOut(saved);
            }
            String json = out.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
            assertTrue(json.contains("\"threads\": " + t + ","), json);
            assertEquals(before, dev.eqc.runtime.Parallel.threads(), "bench must restore the pool size");
        }
        assertEquals(2, Main.execute("bench", example("gelu.eq").toString(), "--dim", "d=64", "--threads", "-1"));
        for (String time : new String[] {"-1", "NaN", "Infinity"}) {
            assertEquals(2, Main.execute("bench", example("gelu.eq").toString(), "--dim", "d=64", "--warmup-time", time),
                    "--warmup-time " + time);
        }
    }

    @Test
    void benchReusesOneOutTensorOnlyForFusedDefinitions() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute("bench", example("layer_norm_builtins.eq").toString(), "--dim", "d=16",
                    "--batch", "4", "--runs", "2", "--warmup", "1", "--reuse-output"));
            assertEquals(0, Main.execute("bench", example("gelu.eq").toString(), "--dim", "d=16", "--runs", "1",
                    "--warmup", "2", "--warmup-time", "0.2", "--new-output"));
            // by default: the out form where there is one, a new result where there is none
            assertEquals(0, Main.execute("bench", example("gelu.eq").toString(), "--dim", "d=16", "--runs", "1",
                    "--warmup", "1", "--warmup-time", "0", "--no-settle"));
            assertEquals(0, Main.execute("bench", example("ffn.eq").toString(), "--dim", "d_{model}=8", "--dim",
                    "d_ff=16", "--runs", "1", "--warmup", "1", "--warmup-time", "0", "--no-settle"));
        } finally {
            System.setOut(saved);
        }
        String[] lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).strip().split("\n");
        assertTrue(lines[0].contains("\"output\": \"reused\"}"), lines[0]);
        assertTrue(lines[1].contains("\"output\": \"new\"}"), lines[1]);
        assertTrue(lines[2].contains("\"output\": \"reused\"}"), lines[2]);
        assertTrue(lines[3].contains("\"output\": \"new\"}"), lines[3]);
        // 0.2 s of warm-up is far more than 2 calls of a 16-element GELU.
        java.util.regex.Matcher warm = java.util.regex.Pattern.compile("\"warmup_runs\": (\\d+)").matcher(lines[1]);
        assertTrue(warm.find() && Integer.parseInt(warm.group(1)) > 2, lines[1]);
        // FFN's products keep the general path: there is no out form to time, and that is a usage error.
        assertEquals(2, Main.execute("bench", example("ffn.eq").toString(), "--dim", "d_{model}=8", "--dim",
                "d_ff=16", "--reuse-output"));
        assertEquals(2, Main.execute("bench", example("gelu.eq").toString(), "--dim", "d=16", "--reuse-output",
                "--new-output"));
    }

    @Test
    void binaryJunkIsAnErrorNotACrash() throws Exception {
        Path junk = dir.resolve("junk.eq");
        Files.write(junk, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertEquals(1, Main.execute("check", junk.toString()));
        Path empty = dir.resolve("empty.eq");
        Files.writeString(empty, "");
        assertEquals(1, Main.execute("check", empty.toString()));
    }

    @Test
    void translateWritesBothFilesOrNothing() throws Exception {
        Path main = dir.resolve("main");
        Path test = dir.resolve("test");
        assertEquals(0, Main.execute("translate", example("attention.eq").toString(), "-o", main.toString(), "-t",
                test.toString(), "--package", "com.acme"));
        assertTrue(Files.readString(main.resolve("com/acme/Attention.java")).contains("public static Tensor attention("));
        assertTrue(Files.exists(test.resolve("com/acme/AttentionTest.java")));

        Path bad = dir.resolve("bad.eq");
        Files.writeString(bad, "y = \\mathrm{sofmax}(x)\n");
        Path out = dir.resolve("out");
        assertEquals(1, Main.execute("translate", bad.toString(), "-o", out.toString()));
        assertFalse(Files.exists(out), "a failed translate must leave no output");
    }

    @Test
    void translateWithGradEmitsTheLossWithItsGradients() throws Exception {
        Path eq = dir.resolve("ls.eq");
        Files.writeString(eq, "X \\in \\mathbb{R}^{n \\times d}, w \\in \\mathbb{R}^{d}, y \\in \\mathbb{R}^{n}\n"
                + "L = \\frac{1}{2}\\|X w - y\\|^2\n");
        Path main = dir.resolve("grad");
        assertEquals(0, Main.execute("translate", eq.toString(), "--grad", "L", "-o", main.toString(), "-t",
                dir.resolve("gradtest").toString()));
        String java = Files.readString(main.resolve("Ls.java"));
        assertTrue(java.contains("public static LWithGradients lWithGradients(Tensor X, Tensor w, Tensor y)"), java);
        assertTrue(java.contains("public record LWithGradients(Tensor value, Tensor X, Tensor w, Tensor y)")
                || java.contains("public static record LWithGradients(Tensor value, Tensor X, Tensor w, Tensor y)"), java);
        assertTrue(Files.readString(dir.resolve("gradtest/LsTest.java")).contains("dL_dwMatchesFiniteDifferences"));
        assertEquals(1, Main.execute("translate", eq.toString(), "--grad", "M", "-o", dir.resolve("none").toString()));
        assertFalse(Files.exists(dir.resolve("none")));
    }

    @Test
    void runMatchesAHandComputationWithBatchedInput() throws Exception {
        Path x = dir.resolve("x.npy");
        Path a = dir.resolve("a.npy");
        Path b = dir.resolve("b.npy");
        Path o = dir.resolve("o.npy");
        // x: batch of 2 row vectors of size 3; A: 2x3; b: 2.  y = x A^T + b
        Npy.write(x, Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3));
        Npy.write(a, Tensor.of(new float[] {1, 0, 1, 0, 1, 0}, 2, 3));
        Npy.write(b, Tensor.of(new float[] {10, 20}, 2));
        assertEquals(0, Main.execute("run", example("linear.eq").toString(), "--input", "x=" + x, "--input",
                "A=" + a, "--input", "b=" + b, "--output", o.toString()));
        Tensor y = Npy.read(o);
        assertEquals(DType.FLOAT32, y.dtype());
        assertArrayEquals(new int[] {2, 2}, y.shape());
        assertArrayEquals(new float[] {14, 22, 20, 25}, y.toFloatArray());
    }

    @Test
    void runReportsMissingInputsAsUsageErrorsAndBadShapesAsInputErrors() throws Exception {
        Path o = dir.resolve("o.npy");
        assertEquals(2, Main.execute("run", example("linear.eq").toString(), "--output", o.toString()));
        Path x = dir.resolve("x.npy");
        Npy.write(x, Tensor.of(new float[] {1, 2, 3}, 3));
        Path a = dir.resolve("a.npy");
        Npy.write(a, Tensor.of(new float[] {1, 2, 3, 4}, 2, 2));
        assertEquals(1, Main.execute("run", example("linear.eq").toString(), "--input", "x=" + x, "--input",
                "A=" + a, "--input", "b=1", "--output", o.toString()));
    }

    @Test
    void runTakesSizesNoInputGivesFromDimAndNamesTheMissingOnes() throws Exception {
        // labml-core #49 (papers/pe_labml_unsized.eq): PE_{p,2i} = sin(p / 10000^{2i/d_{model}}), nothing declared.
        Path file = dir.resolve("pe.eq");
        Files.writeString(file, "PE_{p,2i} = sin\\Bigg(\\frac{p}{10000^{\\frac{2i}{d_{model}}}}\\Bigg)\n"
                + "PE_{p,2i + 1} = cos\\Bigg(\\frac{p}{10000^{\\frac{2i}{d_{model}}}}\\Bigg)\n");
        Path o = dir.resolve("pe.npy");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.execute("run", file.toString(), "--output", o.toString()));
        } finally {
            System.setErr(saved);
        }
        String message = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(message.contains("--dim n_p=INT --dim d_model=INT"), message);
        assertFalse(message.contains("Exception"), message);
        // by the size's name as printed and by the generated method's parameter name (dModel)
        assertEquals(0, Main.execute("run", file.toString(), "--dim", "n_p=3", "--dim", "dModel=4", "--output",
                o.toString()));
        Tensor pe = Npy.read(o);
        assertArrayEquals(new int[] {3, 4}, pe.shape());
        float[] expected = new float[12];
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < 2; i++) {
                double angle = p / Math.pow(10000, 2.0 * i / 4);
                expected[p * 4 + 2 * i] = (float) Math.sin(angle);
                expected[p * 4 + 2 * i + 1] = (float) Math.cos(angle);
            }
        }
        assertArrayEquals(expected, pe.toFloatArray(), 1e-6f);
        assertEquals(0, Main.execute("bench", file.toString(), "--dim", "n_p=8", "--dim", "d_model=4", "--runs", "1",
                "--warmup", "0"));
    }

    @Test
    void runTakesTheFactorsOfAJointSizeAndChecksTheirProduct() throws Exception {
        // FixMatch's \mu B rows, one size: its factors given apart multiply to it, and must agree with the input
        Path file = dir.resolve("fixmatch.eq");
        Files.writeString(file, "X \\in \\mathbb{R}^{\\mu B \\times C}\n"
                + "m = \\frac{1}{\\mu B} \\sum_{b=1}^{\\mu B} X_b\n");
        Path x = dir.resolve("x.npy");
        Npy.write(x, Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 3, 2));
        Path o = dir.resolve("m.npy");
        assertEquals(0, Main.execute("run", file.toString(), "--input", "X=" + x, "--output", o.toString()));
        assertArrayEquals(new float[] {3, 4}, Npy.read(o).toFloatArray(), 1e-6f);
        assertEquals(0, Main.execute("run", file.toString(), "--input", "X=" + x, "--dim", "\\mu=1", "--dim", "B=3",
                "--output", o.toString()));
        assertArrayEquals(new float[] {3, 4}, Npy.read(o).toFloatArray(), 1e-6f);
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true,
                java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.execute("run", file.toString(), "--input", "X=" + x, "--dim", "\\mu=2",
                    "--output", o.toString()));   // one factor alone tells nothing
            assertNotEquals(0, Main.execute("run", file.toString(), "--input", "X=" + x, "--dim", "\\mu=2", "--dim",
                    "B=2", "--output", o.toString()));   // 4 rows said, 3 given
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void runDeclaresAnAssumedMatrixGivenAsANumberWithTheShapeOfItsValue() throws Exception {
        // SGDR's \frac{T_{cur}}{T_i}: undeclared capitals are assumed matrices (W0101); the numbers given say
        // they are numbers. Before: "T_{cur}: expected shape [n_T_cur, d_T_cur] ..., got []".
        Path eq = dir.resolve("sgdr.eq");
        java.nio.file.Files.writeString(eq, "y = \\frac{T_{cur}}{T_i} + 1\n");
        Path o = dir.resolve("o.npy");
        assertEquals(0, Main.execute("run", eq.toString(), "--input", "T_{cur}=3", "--input", "T_i=4",
                "--output", o.toString()));
        Tensor y = Npy.read(o);
        assertArrayEquals(new int[0], y.shape());
        assertArrayEquals(new float[] {1.75f}, y.toFloatArray());
    }

    @Test
    void runDeclaresAnAssumedNumberGivenAVectorWithTheShapeOfItsValue() throws Exception {
        // y = x / \|x\| with x undeclared (assumed a number, W0101) and given (3, 4): the direction (0.6, 0.8). Before,
        // the vector ran as a batch of numbers, each divided by its own absolute value: (1, 1), the signs, silently.
        Path eq = dir.resolve("direction.eq");
        java.nio.file.Files.writeString(eq, "y = \\frac{x}{\\|x\\|}\n");
        Path x = dir.resolve("x.npy");
        Npy.write(x, Tensor.of(new float[] {3, 4}, 2));
        Path o = dir.resolve("o.npy");
        assertEquals(0, Main.execute("run", eq.toString(), "--input", "x=" + x, "--output", o.toString()));
        assertArrayEquals(new float[] {0.6f, 0.8f}, Npy.read(o).toFloatArray(), 1e-6f);
        // a matrix for the assumed number stays a batch of numbers, entry by entry (with a note saying so)
        Npy.write(x, Tensor.of(new float[] {3, -4, 1, 2}, 2, 2));
        assertEquals(0, Main.execute("run", eq.toString(), "--input", "x=" + x, "--output", o.toString()));
        assertArrayEquals(new float[] {1, -1, 1, 1}, Npy.read(o).toFloatArray(), 1e-6f);
    }
}
