package dev.eqc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.runtime.Npy;
import dev.eqc.runtime.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line never gives a silent or partial result and never lies with its exit code:
 * options are checked and named in their errors, files are written whole or not at all,
 * machine formats print only their document, and hostile bytes are not echoed.
 */
class CliSafetyTest {
    @TempDir
    Path dir;
    private Path attention;
    private Path q;
    private Path k;
    private Path v;

    @BeforeEach
    void files() throws IOException {
        attention = dir.resolve("attention.eq");
        Files.writeString(attention, "Q \\in \\mathbb{R}^{n \\times d_k}, K \\in \\mathbb{R}^{m \\times d_k},"
                + " V \\in \\mathbb{R}^{m \\times d_v}\n"
                + "\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QK^T}{\\sqrt{d_k}}\\right)V\n");
        q = npy("q.npy", 4, 8);
        k = npy("k.npy", 5, 8);
        v = npy("v.npy", 5, 3);
    }

    private Path npy(String name, int... shape) throws IOException {
        Path p = dir.resolve(name);
        Npy.write(p, Tensor.random(dev.eqc.runtime.DType.FLOAT32, name.hashCode(), -1, 1, shape));
        return p;
    }

    private String[] run(String... extra) {
        List<String> args = new ArrayList<>(List.of("run", attention.toString(), "--input", "Q=" + q, "--input",
                "K=" + k, "--input", "V=" + v));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(List.of("--output", "OUT", "--dim", "d_k=9"), "d_k=9", "contradicts input Q"),
                Arguments.of(List.of("--output", "OUT", "--dim", "zz=3"), "zz", "has no dimension zz"),
                Arguments.of(List.of("--output", "OUT", "--dim", "d_k=0"), "d_k=0", "at least 1"),
                Arguments.of(List.of("--output", "OUT", "--dim", "d_k=x"), "d_k=x", "whole number"),
                Arguments.of(List.of("--output", "OUT", "--dim", "d_k=8", "--dim", "d_{k}=8"), "d_k", "given twice"),
                Arguments.of(List.of("--output", "OUT", "--input", "Q=QQ"), "Q", "given twice"),
                Arguments.of(List.of("--output", "OUT", "--function", "nope"), "nope", "no definition named"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("badOptions")
    void runOptionsAreCheckedAndTheErrorNamesOptionAndValue(List<String> extra, String value, String reason) {
        Path out = dir.resolve("o.npy");
        List<String> args = new ArrayList<>();
        for (String a : extra) {
            args.add(a.replace("OUT", out.toString()).replace("QQ", q.toString()));
        }
        CliRun r = CliRun.of(run(args.toArray(String[]::new)));
        assertEquals(2, r.code(), r::both);
        assertTrue(r.err().contains(value) && r.err().contains(reason), r::both);
        assertFalse(r.err().contains("null") || r.err().contains("internal error") || r.err().contains("Exception"),
                r::both);
        assertFalse(Files.exists(out), "nothing is written after a usage error");
    }

    static Stream<Arguments> badBenchOptions() {
        return Stream.of(
                Arguments.of(List.of("--dim", "d_k=-5"), "d_k=-5"),
                Arguments.of(List.of("--dim", "d_k=5", "--batch", "-1"), "--batch -1"),
                Arguments.of(List.of("--dim", "d_k=5", "--batch", "0"), "--batch 0"),
                Arguments.of(List.of("--dim", "d_k=100000", "--dim", "n=100000"), "more than a Java array holds"),
                Arguments.of(List.of("--dim", "d_k=5", "--batch", "70000,70000"), "more than a Java array holds"),
                Arguments.of(List.of("--dim", "d_k=40000", "--dim", "n=40000", "--dim", "m=40000"), "EQC_JAVA_OPTS=-Xmx"),
                Arguments.of(List.of("--dim", "d_k=5", "--threads", "100000"), "--threads 100000"),
                Arguments.of(List.of("--dim", "d_k=5", "--threads", "-1"), "--threads -1"),
                Arguments.of(List.of("--dim", "d_k=5", "--threads", "two"), "'two'"),
                Arguments.of(List.of("--dim", "d_k=5", "--warmup-time", "-1"), "--warmup-time -1.0"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badBenchOptions")
    void benchOptionsAreUsageErrorsNotBugs(List<String> extra, String expected) {
        List<String> args = new ArrayList<>(List.of("bench", attention.toString(), "--dim", "n=4", "--dim", "m=5",
                "--dim", "d_v=3", "--runs", "1", "--warmup", "0"));
        // The later --dim of a name given twice is what the case is about: drop the default.
        for (String e : extra) {
            if (e.startsWith("n=") || e.startsWith("m=")) {
                int at = args.indexOf(e.substring(0, 2) + (e.startsWith("n=") ? "4" : "5"));
                args.remove(at);
                args.remove(at - 1);
            }
        }
        args.addAll(extra);
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, r.code(), r::both);
        assertTrue(r.err().contains(expected), r::both);
        assertFalse(r.err().contains("internal error") || r.err().contains("bug in eqc"), r::both);
    }

    @Test
    void outputReplacesTheFileWholeAndLeavesNoTemporaryFile() throws IOException {
        Path out = dir.resolve("o.npy");
        Files.writeString(out, "old");
        CliRun r = CliRun.of(run("--output", out.toString()));
        assertEquals(0, r.code(), r::both);
        assertArrayEquals(new int[] {4, 3}, Npy.read(out).shape());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".eqc-")));
        }
    }

    @Test
    void aFailedRunLeavesTheOldOutputAsItWas() throws IOException {
        Path out = dir.resolve("o.npy");
        Files.writeString(out, "old");
        Path wrong = npy("wrong.npy", 5, 7);
        CliRun r = CliRun.of("run", attention.toString(), "--input", "Q=" + q, "--input", "K=" + wrong, "--input",
                "V=" + v, "--output", out.toString());
        assertEquals(1, r.code(), r::both);
        assertEquals("old", Files.readString(out));
    }

    @Test
    void aDeviceIsWrittenThroughNotReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        if (!Files.exists(devNull)) {
            return;
        }
        CliRun r = CliRun.of(run("--output", "/dev/null"));
        assertEquals(0, r.code(), r::both);
        assertFalse(Files.isRegularFile(devNull), "/dev/null is still a device");
    }

    @Test
    void aFullDiskIsAnErrorWithItsReason() {
        if (!Files.exists(Path.of("/dev/full"))) {
            return;
        }
        CliRun r = CliRun.of(run("--output", "/dev/full"));
        assertEquals(1, r.code(), r::both);
        assertTrue(r.err().contains("cannot write /dev/full: No space left on device"), r::both);
    }

    @Test
    void messagesGiveReasonsNotJustPaths() {
        CliRun missing = CliRun.of("run", attention.toString(), "--input", "Q=" + dir.resolve("missing.npy"),
                "--input", "K=" + k, "--input", "V=" + v, "--output", dir.resolve("o.npy").toString());
        assertEquals(1, missing.code(), missing::both);
        assertTrue(missing.err().contains("missing.npy: no such file"), missing::both);
        CliRun noDir = CliRun.of(run("--output", dir.resolve("no/such/dir/o.npy").toString()));
        assertEquals(1, noDir.code(), noDir::both);
        assertTrue(noDir.err().contains("no such directory"), noDir::both);
        CliRun noEq = CliRun.of("check", dir.resolve("absent.eq").toString());
        assertTrue(noEq.err().contains("absent.eq: no such file"), noEq::both);
    }

    @Test
    void translateOptionsAreChecked() throws IOException {
        CliRun emptyOut = CliRun.of("translate", attention.toString(), "-o", "");
        assertEquals(2, emptyOut.code(), emptyOut::both);
        assertTrue(emptyOut.err().contains("-o ''"), emptyOut::both);
        for (String bad : List.of("1abc", "a.class.b", "a..b", "int", "a-b", ".a")) {
            CliRun r = CliRun.of("translate", attention.toString(), "--package", bad, "-o", dir.resolve("x").toString());
            assertEquals(2, r.code(), r::both);
            assertTrue(r.err().contains("--package '" + bad + "'"), r::both);
        }
        CliRun keyword = CliRun.of("translate", attention.toString(), "--class", "class", "-o", dir.resolve("k").toString());
        assertEquals(0, keyword.code(), keyword::both);
        assertTrue(keyword.err().contains("class_"), keyword::both);
        assertTrue(Files.readString(dir.resolve("k/class_.java")).contains("public final class class_"));
    }

    @Test
    void twoInputsForOneClassAreAnErrorNamingBoth() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("my-eq.eq");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("my_eq.eq");
        Files.writeString(a, "y = 1\n");
        Files.writeString(b, "y = 2\n");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("translate", a.toString(), b.toString(), "-o", out.toString());
        assertEquals(2, r.code(), r::both);
        assertTrue(r.err().contains(a.toString()) && r.err().contains(b.toString()) && r.err().contains("MyEq"),
                r::both);
        assertFalse(Files.exists(out), "nothing is written");
        Path c = dir.resolve("my_eq_test.eq");
        Files.writeString(c, "y = 3\n");
        CliRun tests = CliRun.of("translate", a.toString(), c.toString(), "-o", out.toString(), "-t", out.toString());
        assertEquals(2, tests.code(), tests::both);
        assertTrue(tests.err().contains("MyEqTest"), tests::both);
    }

    @Test
    void jsonFormatsPrintOneValidDocumentAndNothingElse() throws IOException {
        Path bad = dir.resolve("bad.eq");
        Files.writeString(bad, "x \\in \\mathbb{R}^{n}, b \\in \\mathbb{R}^{m}\ny = x + b\n");
        Path worse = dir.resolve("worse.eq");
        Files.writeString(worse, "y = \\mathrm{sofmax}(x\n");
        for (String[] args : List.of(
                new String[] {"check", "--format", "json", attention.toString(), bad.toString(), worse.toString()},
                new String[] {"parse", "--format", "json", attention.toString(), worse.toString()},
                new String[] {"translate", "--format", "json", attention.toString()},
                new String[] {"translate", "--format", "json", attention.toString(), "-o", dir.resolve("j").toString()},
                new String[] {"translate", "--format", "json", bad.toString()})) {
            CliRun r = CliRun.of(args);
            JsonSyntax.requireOneDocument(r.out());
        }
        CliRun embedded = CliRun.of("translate", "--format", "json", attention.toString());
        assertTrue(embedded.out().contains("\"source\": \"") && embedded.out().contains("public final class Attention"),
                embedded::both);
    }

    @Test
    void controlBytesFromTheInputAreNotEchoed() throws IOException {
        Path hostile = dir.resolve("esc\u001b[2Jname.eq");
        Files.writeString(hostile, "y = \\mathrm{sofmax}(x) \u001b]0;pwned\u0007 \r + \u001b[31m z\u202e\n");
        for (String format : List.of("text", "github")) {
            CliRun r = CliRun.of("check", "--format", format, hostile.toString());
            assertEquals(1, r.code(), r::both);
            String all = r.out() + r.err();
            assertTrue(all.chars().noneMatch(c -> c == 0x1b || c == 0x07 || c == '\r' || c == 0x202e), r::both);
        }
    }

    @Test
    void temporaryFilesOfDeadProcessesAreRemovedAndLiveOnesKept() throws IOException {
        Path dead = dir.resolve(".eqc-" + Integer.MAX_VALUE + "-1.tmp");
        Path live = dir.resolve(".eqc-" + ProcessHandle.current().pid() + "-2.tmp");
        Files.writeString(dead, "partial");
        Files.writeString(live, "in progress");
        CliRun r = CliRun.of(run("--output", dir.resolve("o.npy").toString()));
        assertEquals(0, r.code(), r::both);
        assertFalse(Files.exists(dead), "a killed run's temporary file is cleaned up");
        assertTrue(Files.exists(live), "a running process's temporary file is left alone");
    }
}
