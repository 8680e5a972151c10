package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.testkit.GeneratedTests;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inputs test generation samples (docs/LANGUAGE.md, "Generated tests"): sizes that fit the declared shapes, and a
 * warning, not a crash, when a definition cannot be evaluated on them.
 */
class GeneratedTestSamplingTest {
    @Test
    void aSizeDividedByAnotherIsSampledSoThatItDivides() throws Exception {
        // squeeze-and-excitation's W_1 \in \mathbb{R}^{C/r \times C}: was sampled C = 3, r = 4 (or 2), and test
        // generation threw "not C/r for any size of its symbols" in either order of the declarations
        for (String declared : List.of(
                "z \\in \\mathbb{R}^{C}, W_1 \\in \\mathbb{R}^{\\frac{C}{r} \\times C}, W_2 \\in \\mathbb{R}^{C \\times \\frac{C}{r}}",
                "W_1 \\in \\mathbb{R}^{\\frac{C}{r} \\times C}, W_2 \\in \\mathbb{R}^{C \\times \\frac{C}{r}}, z \\in \\mathbb{R}^{C}")) {
            List<GeneratedFile> files = GeneratedTests.translate("Excite.eq", declared + "\ns = W_2 \\max(0, W_1 z)\n",
                    Options.forClass("Excite"));
            assertEquals(2, GeneratedTests.compileAndPass(files));
        }
    }

    @Test
    void aDefinitionTheInterpreterCannotEvaluateOnSampledInputsIsLeftUntestedWithAWarning() throws Exception {
        // LightGCN's D^{-1/2} A D^{-1/2} E with D an input: a sampled D is a full matrix, whose power -1/2 eqc does not
        // compute; test generation threw ("bug in eqc"). Now F has no generated test, W0372 says so at its name,
        // and G keeps its tests.
        String text = "A, D \\in \\mathbb{R}^{n \\times n}, E \\in \\mathbb{R}^{n \\times T}\nG = A E\n"
                + "F = (D^{-\\frac{1}{2}} A D^{-\\frac{1}{2}}) E\n";
        Diagnostics diagnostics = new Diagnostics();
        SourceFile source = new SourceFile("Light.eq", text);
        List<GeneratedFile> files = EqCompiler.translate(source, Options.forClass("Light"), diagnostics);
        List<Diagnostic> untested = diagnostics.all().stream().filter(d -> d.code() == Code.W0372).toList();
        assertEquals(1, untested.size(), () -> diagnostics.all().toString());
        assertEquals("F", source.slice(untested.get(0).span()));
        assertTrue(files.get(1).source().contains("gMatchesReference") && !files.get(1).source().contains("fMatches"),
                files.get(1).source());
        assertEquals(2, GeneratedTests.compileAndPass(files));
    }
}
