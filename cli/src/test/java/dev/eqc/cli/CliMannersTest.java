package dev.eqc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.Code;
import dev.eqc.runtime.DType;
import dev.eqc.runtime.Npy;
import dev.eqc.runtime.Tensor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import picocli.CommandLine;

/** The command line behaves as picocli's and Unix conventions lead a user to expect. */
class CliMannersTest {
    @TempDir
    Path dir;

    private static Path example(String name) {
        return Path.of(System.getProperty("eqc.repo.root", ".."), "examples", name);
    }

    private static List<String> subcommands() {
        return new ArrayList<>(new CommandLine(new Main()).getSubcommands().keySet());
    }

    @Test
    void noArgumentsPrintsUsageOnStandardErrorAndExitsTwo() {
        CliRun r = CliRun.of();
        assertEquals(2, r.code(), r::both);
        assertTrue(r.err().startsWith("Usage: eqc"), r::both);
        assertEquals("", r.out());
    }

    @Test
    void everyCommandHasVersionAndHelp() {
        for (String command : subcommands()) {
            CliRun version = CliRun.of(command, "--version");
            assertEquals(0, version.code(), version::both);
            assertTrue(version.out().startsWith("eqc "), command + ": " + version.both());
            CliRun help = CliRun.of(command, "--help");
            assertEquals(0, help.code(), help::both);
            assertTrue(help.out().startsWith("Usage: eqc " + command), command + ": " + help.both());
        }
    }

    @Test
    void strictMakesAWarningFailEveryCommandThatCompiles() throws Exception {
        Path eq = dir.resolve("silu.eq");
        Files.writeString(eq, "x \\in \\mathbb{R}^{d}\n\\mathrm{SiLU}(x) = x \\cdot \\sigma(x)\n");
        Path x = dir.resolve("x.npy");
        Npy.write(x, Tensor.of(new float[] {1, -2, 3}, 3));
        CliRun lenient = CliRun.of("check", eq.toString());
        assertEquals(0, lenient.code(), lenient::both);
        assertTrue(lenient.err().contains("warning[W0102]"), lenient::both);
        String[][] commands = {
            {"check", "--strict", eq.toString()},
            {"translate", "--strict", eq.toString(), "-o", dir.resolve("out").toString()},
            {"run", "--strict", eq.toString(), "--input", "x=" + x},
            {"test", "--strict", eq.toString()},
        };
        for (String[] command : commands) {
            CliRun strict = CliRun.of(command);
            assertEquals(1, strict.code(), () -> String.join(" ", command) + ": " + strict.both());
            assertTrue(strict.err().contains("--strict makes errors"), strict::both);
        }
        assertTrue(!Files.exists(dir.resolve("out")) || Files.list(dir.resolve("out")).findAny().isEmpty(),
                "--strict wrote code although a warning stopped it");
    }

    @Test
    void explainWithoutACodeListsEveryCode() {
        CliRun r = CliRun.of("explain");
        assertEquals(0, r.code(), r::both);
        List<String> lines = r.out().lines().toList();
        assertEquals(Code.values().length, lines.size(), r.out());
        for (Code c : Code.values()) {
            assertTrue(lines.contains(c.name() + "  " + c.title()), c::name);
        }
    }

    @Test
    void completionAndManPageCoverEveryCommand() {
        CliRun completion = CliRun.of("generate-completion");
        assertEquals(0, completion.code(), completion::both);
        CliRun man = CliRun.of("generate-man-page");
        assertEquals(0, man.code(), man::both);
        assertTrue(man.out().startsWith(".TH EQC 1"), man.out());
        for (String command : subcommands()) {
            assertTrue(completion.out().contains(command), command);
            assertTrue(man.out().contains(".SS " + command + "\n"), command);
        }
        assertTrue(man.out().contains(".SH EXIT STATUS"));
    }

    @Test
    void runWithoutOutputPrintsTheResultAsNumPyDoes() throws Exception {
        Path eq = dir.resolve("sq.eq");
        Files.writeString(eq, "x \\in \\mathbb{R}^{n}\ny = x^2\nz = \\sum_i x_i\nw = 10^{-6} x\n");
        Path x = dir.resolve("x.npy");
        Npy.write(x, Tensor.of(new float[] {0.5f, 0.25f, 1f, -2f, 3f}, 5));
        CliRun y = CliRun.of("run", eq.toString(), "--input", "x=" + x, "--function", "y");
        assertEquals(0, y.code(), y::both);
        assertEquals("[0.25   0.0625 1.     4.     9.    ]\n", y.out());
        CliRun z = CliRun.of("run", eq.toString(), "--input", "x=" + x, "--function", "z");
        assertEquals("2.75\n", z.out());
        CliRun w = CliRun.of("run", eq.toString(), "--input", "x=" + x, "--function", "w");
        assertEquals("[ 5.0e-07  2.5e-07  1.0e-06 -2.0e-06  3.0e-06]\n", w.out());
        CliRun json = CliRun.of("run", eq.toString(), "--input", "x=" + x, "--function", "y", "--function", "z",
                "--format", "json");
        JsonSyntax.requireOneDocument(json.out());
        assertTrue(json.out().contains("{\"name\": \"z\", \"dtype\": \"float32\", \"shape\": [], \"data\": 2.75}"),
                json.out());
    }

    @Test
    void aSizeNoInputOfTheDefinitionGivesIsReadOffAnInputOfTheFile() throws Exception {
        // Vaswani et al.'s causal mask run alone with the inputs of the attention: n is Q's first axis.
        Path eq = dir.resolve("mask.eq");
        Files.writeString(eq, "Q \\in \\mathbb{R}^{n \\times d}, V \\in \\mathbb{R}^{m \\times d}\n"
                + "M_{ij} = \\begin{cases} 0 & \\text{if } j \\le i \\\\ -\\infty & \\text{otherwise} \\end{cases}\n"
                + "A = \\mathrm{softmax}(Q Q^\\top + M)\n");
        Path q = dir.resolve("q.npy");
        Npy.write(q, Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 3, 2));
        CliRun m = CliRun.of("run", eq.toString(), "--input", "Q=" + q, "--function", "M");
        assertEquals(0, m.code(), m::both);
        assertEquals("[[   0. -inf  -inf ]\n [   0.    0. -inf ]\n [   0.    0.    0.]]\n", m.out());
        assertTrue(m.err().contains("n = 3, axis 0 of --input Q"), m.err());
        // Two inputs that disagree on the size: a usage error, never a guess.
        Path v = dir.resolve("v.npy");
        Npy.write(v, Tensor.of(new float[] {1, 2, 3, 4}, 2, 2));
        Files.writeString(eq, "Q \\in \\mathbb{R}^{n \\times d}, V \\in \\mathbb{R}^{n \\times d}\n"
                + "M_{ij} = \\begin{cases} 0 & \\text{if } j \\le i \\\\ -\\infty & \\text{otherwise} \\end{cases}\n"
                + "A = \\mathrm{softmax}(Q V^\\top + M)\n");
        CliRun both = CliRun.of("run", eq.toString(), "--input", "Q=" + q, "--input", "V=" + v, "--function", "M");
        assertEquals(2, both.code(), both::both);
        assertTrue(both.err().contains("disagree on the size n"), both.err());
    }

    @Test
    void anInputOfAnotherDefinitionIsANoteButATypoIsAnError() throws Exception {
        Path eq = dir.resolve("two.eq");
        Files.writeString(eq, "x \\in \\mathbb{R}^{n}, w \\in \\mathbb{R}^{n}\ny = x^2\nz = 2 w\n");
        Path x = dir.resolve("x.npy");
        Npy.write(x, Tensor.of(new float[] {1f, 2f}, 2));
        // One set of inputs for the file, one definition run: w belongs to z, so it is only a note.
        CliRun y = CliRun.of("run", eq.toString(), "--input", "x=" + x, "--input", "w=" + x, "--function", "y");
        assertEquals(0, y.code(), y::both);
        assertEquals("[1. 4.]\n", y.out());
        assertTrue(y.err().contains("note: --input w not used by y"), y::both);
        CliRun typo = CliRun.of("run", eq.toString(), "--input", "x=" + x, "--input", "xx=" + x, "--function", "y");
        assertEquals(2, typo.code(), typo::both);
        assertTrue(typo.err().contains("unknown --input xx"), typo::both);
    }

    @Test
    void anInputTheFileDeclaresButNoDefinitionReadsIsANote() throws Exception {
        // DIN (Zhou et al. 2018): v_A declared, read only as notation inside a(e_j, v_A); was "unknown --input".
        Path eq = dir.resolve("declared.eq");
        Files.writeString(eq, "x \\in \\mathbb{R}^{n}, v \\in \\mathbb{R}^{n}\ny = x^2\n");
        Path x = dir.resolve("x.npy");
        Npy.write(x, Tensor.of(new float[] {1f, 2f}, 2));
        CliRun y = CliRun.of("run", eq.toString(), "--input", "x=" + x, "--input", "v=" + x);
        assertEquals(0, y.code(), y::both);
        assertEquals("[1. 4.]\n", y.out());
        assertTrue(y.err().contains("note: --input v not used by y (the file declares it"), y::both);
    }

    @Test
    void severalResultsGoToOneNpz() throws Exception {
        Path eq = dir.resolve("sq.eq");
        Files.writeString(eq, "x \\in \\mathbb{R}^{n}\ny = x^2\nz = \\sum_i x_i\n");
        Path x = dir.resolve("x.npy");
        Npy.write(x, Tensor.of(new float[] {1f, 2f, 3f}, 3));
        Path out = dir.resolve("r.npz");
        CliRun r = CliRun.of("run", eq.toString(), "--input", "x=" + x, "--function", "y", "--function", "z",
                "--output", out.toString());
        assertEquals(0, r.code(), r::both);
        try (ZipFile zip = new ZipFile(out.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertEquals(List.of("y.npy", "z.npy"), names);
            Path y = dir.resolve("y.npy");
            Files.write(y, zip.getInputStream(zip.getEntry("y.npy")).readAllBytes());
            assertArrayEquals(new float[] {1f, 4f, 9f}, Npy.read(y).toFloatArray());
        }
        CliRun npy = CliRun.of("run", eq.toString(), "--input", "x=" + x, "--function", "y", "--function", "z",
                "--output", dir.resolve("r.npy").toString());
        assertEquals(2, npy.code(), npy::both);
    }

    @Test
    void testRunsTheGeneratedTestsAndReportsThem() throws Exception {
        CliRun text = CliRun.of("test", example("attention.eq").toString(), example("gelu.eq").toString());
        assertEquals(0, text.code(), text::both);
        assertTrue(text.out().contains("PASS Attention > attentionMatchesReference()"), text::both);
        assertTrue(text.out().strip().endsWith("passed, 0 failed"), text::both);
        CliRun xml = CliRun.of("test", "--format", "junit-xml", example("attention.eq").toString());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals("testsuites", doc.getDocumentElement().getTagName());
        assertEquals(2, doc.getElementsByTagName("testcase").getLength());
        Path reports = dir.resolve("reports");
        CliRun files = CliRun.of("test", "--format", "junit-xml", "-o", reports.toString(),
                example("attention.eq").toString());
        assertEquals(0, files.code(), files::both);
        assertTrue(Files.isRegularFile(reports.resolve("TEST-Attention.xml")));
        Path bad = dir.resolve("bad.eq");
        Files.writeString(bad, "y = \\mathrm{sofmax}(x)\n");
        CliRun broken = CliRun.of("test", bad.toString());
        assertEquals(1, broken.code(), broken::both);
    }

    @Test
    void aFailingTestIsReportedInEveryFormat() throws Exception {
        String subject = "package gen; public final class Fail { private Fail() {} }\n";
        String test = "package gen;\nimport org.junit.jupiter.api.Test;\nimport org.junit.jupiter.api.Assertions;\n"
                + "final class FailTest {\n  @Test void passes() {}\n"
                + "  @Test void fails() { Assertions.assertEquals(1, 2, \"<expected> & \\\"quoted\\\"\"); }\n}\n";
        TestRun.Suite suite = TestRun.run("fail.eq", List.of(new GeneratedFile("gen", "Fail", subject, false),
                new GeneratedFile("gen", "FailTest", test, true)));
        assertEquals(1, suite.passed());
        assertEquals(1, suite.failed());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(JUnitXml.document(List.of(suite)).getBytes(StandardCharsets.UTF_8)));
        assertEquals("1", doc.getDocumentElement().getAttribute("failures"));
        assertTrue(doc.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("message").getNodeValue()
                .contains("<expected> & \"quoted\""));
        String github = GithubAnnotations.of(List.of(suite));
        assertTrue(github.startsWith("::error file=fail.eq,title=Fail > fails()::"), github);
    }

    @Test
    void unusedFloatsStillRoundTripThroughNpy() throws Exception {
        // The printed form is for people; the .npy output keeps every bit.
        Path eq = dir.resolve("id.eq");
        Files.writeString(eq, "x \\in \\mathbb{R}^{n}\ny = x + 0\n");
        Path x = dir.resolve("x.npy");
        Tensor in = Tensor.random(DType.FLOAT32, 3, -1, 1, 7);
        Npy.write(x, in);
        Path out = dir.resolve("y.npy");
        assertEquals(0, CliRun.of("run", eq.toString(), "--input", "x=" + x, "--output", out.toString()).code());
        assertArrayEquals(in.toFloatArray(), Npy.read(out).toFloatArray());
    }
}
