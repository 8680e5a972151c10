package dev.eqc.compiler.diag.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.DiagnosticRenderer;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.diag.golden.DiagnosticCorpus.Expectation;
import dev.eqc.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rendered diagnostics of wrong programs — the mistakes people make implementing ML papers —
 * against golden files kept beside them in {@code compiler/src/test/resources/diagnostics/}.
 * Each program states what it expects with {@code % ~ERROR E0301} markers under the lines
 * concerned; the golden {@code NAME.diag.golden} holds the full text rendering. Review golden
 * changes through the git diff; regenerate with {@code -Dgolden.update=true}.
 */
class DiagnosticGoldenTest {
    private static final String UPDATE_FLAG = "golden.update";

    /**
     * Codes no {@code .eq} text can trigger through {@link EqCompiler#check}, and why. Every other
     * code must be expected by at least one program of the corpus.
     */
    static final Map<Code, String> UNREACHABLE_FROM_A_FILE = new EnumMap<>(Map.of(
            Code.E0005, "unreadable input: about reading a file (missing, not UTF-8), which happens before"
                    + " check() is handed the decoded text, so no .eq content can trigger it",
            Code.W0372, "no reference for a generated test: test generation (translate with tests) evaluates the"
                    + " definitions on sampled inputs after check(), so check() alone never reports it"));

    static Stream<String> programs() {
        return DiagnosticCorpus.programs().stream().map(p -> p.getFileName().toString());
    }

    private static Path program(String fileName) {
        return DiagnosticCorpus.root().resolve(fileName);
    }

    private static Diagnostics check(Path program) {
        SourceFile source = new SourceFile("diagnostics/" + program.getFileName(), DiagnosticCorpus.read(program));
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(source, Options.forClass("T"), diagnostics);
        return diagnostics;
    }

    private static String render(Diagnostics diagnostics) {
        return new DiagnosticRenderer(false).render(diagnostics.sorted(), DiagnosticRenderer.Format.TEXT);
    }

    private static List<Expectation> reported(Diagnostics diagnostics) {
        List<Expectation> out = new ArrayList<>();
        for (Diagnostic d : diagnostics.all()) {
            out.add(new Expectation(d.source().line(d.span().start()), d.code()));
        }
        out.sort(null);
        return out;
    }

    private static String normaliseLineEndings(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void reportsExactlyTheDiagnosticsMarkedInTheProgram(String fileName) {
        Path program = program(fileName);
        List<Expectation> expected = DiagnosticCorpus.expectations(DiagnosticCorpus.read(program));
        assertFalse(expected.isEmpty(), fileName + " marks no expected diagnostic; every program here is wrong");
        Diagnostics diagnostics = check(program);
        assertEquals(expected, reported(diagnostics),
                () -> "diagnostics of " + fileName + " differ from its markers; eqc said:\n" + render(diagnostics));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void renderedDiagnosticsMatchTheGolden(String fileName) throws IOException {
        Path program = program(fileName);
        String actual = render(check(program));
        // Users have docs/LANGUAGE.md and `eqc explain`, not the product specification.
        assertFalse(actual.contains("SPEC"), fileName + " sends the user to a document they do not have:\n" + actual);
        Path golden = DiagnosticCorpus.goldenOf(program);
        if (Boolean.getBoolean(UPDATE_FLAG)) {
            Files.writeString(golden, actual);
            return;
        }
        if (!Files.exists(golden)) {
            fail("missing golden file " + golden + "; create it with -D" + UPDATE_FLAG + "=true and review it");
        }
        assertEquals(normaliseLineEndings(Files.readString(golden)), normaliseLineEndings(actual),
                "rendered diagnostics of " + fileName + " changed; if intended, rerun with -D" + UPDATE_FLAG
                        + "=true and review the diff");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Code.class)
    void everyCodeIsTriggeredByAProgramOfTheCorpusOrDocumentedUnreachable(Code code) {
        List<Path> expecting = DiagnosticCorpus.programs().stream()
                .filter(p -> DiagnosticCorpus.expectations(DiagnosticCorpus.read(p)).stream()
                        .anyMatch(e -> e.code() == code))
                .toList();
        if (UNREACHABLE_FROM_A_FILE.containsKey(code)) {
            assertTrue(expecting.isEmpty(), code + " is listed as unreachable (" + UNREACHABLE_FROM_A_FILE.get(code)
                    + ") but " + expecting + " expect it; remove it from UNREACHABLE_FROM_A_FILE");
            return;
        }
        assertFalse(expecting.isEmpty(), "no program in " + DiagnosticCorpus.root() + " expects " + code
                + "; add one, or document why a file cannot trigger it in UNREACHABLE_FROM_A_FILE");
        for (Path p : expecting) {
            assertTrue(check(p).all().stream().anyMatch(d -> d.code() == code),
                    p.getFileName() + " expects " + code + " but eqc did not report it");
        }
    }

    @Test
    void theCorpusHasAtLeastFortyWrongPrograms() {
        assertTrue(DiagnosticCorpus.programs().size() >= 40, "only " + DiagnosticCorpus.programs().size()
                + " programs in " + DiagnosticCorpus.root());
    }

    @Test
    void everyGoldenFileHasItsProgram() throws IOException {
        try (Stream<Path> files = Files.list(DiagnosticCorpus.root())) {
            List<String> orphans = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".diag.golden"))
                    .filter(n -> !Files.exists(DiagnosticCorpus.root()
                            .resolve(n.substring(0, n.length() - ".diag.golden".length()) + ".eq")))
                    .toList();
            assertEquals(List.of(), orphans, "golden files whose program was removed");
        }
    }

    @Test
    void markersConcernTheNearestLineAboveThatIsNotAMarker() {
        String text = "x \\in \\mathbb{R}^{d}\ny = a + b\n% ~ERROR E0302\n  %~WARNING W0101\n\nz = 1\n% ~ERROR E0001\n";
        assertEquals(List.of(new Expectation(2, Code.E0302), new Expectation(2, Code.W0101),
                new Expectation(6, Code.E0001)), DiagnosticCorpus.expectations(text));
    }

    @Test
    void malformedMarkersAreRejectedInsteadOfIgnored() {
        assertThrows(IllegalArgumentException.class, () -> DiagnosticCorpus.expectations("y = x\n% ~ERROR W0101\n"));
        assertThrows(IllegalArgumentException.class, () -> DiagnosticCorpus.expectations("y = x\n% ~ERROR E9999\n"));
        assertThrows(IllegalArgumentException.class, () -> DiagnosticCorpus.expectations("y = x\n% ~ERROR: E0301\n"));
        assertThrows(IllegalArgumentException.class, () -> DiagnosticCorpus.expectations("% ~ERROR E0001\n"));
    }
}
