package dev.eqc.compiler.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagnostics as people and machines see them, for the mistakes people make most. */
class ShapeDiagnosticsTest {
    private static final String DECLS =
            "Q \\in \\mathbb{R}^{n \\times d_k}, K \\in \\mathbb{R}^{m \\times d_k}, V \\in \\mathbb{R}^{m \\times d_v}\n";

    private static List<Diagnostic> check(String text) {
        Diagnostics d = new Diagnostics();
        EqCompiler.check(new SourceFile("attention.eq", text), Options.forClass("Attention"), d);
        return d.sorted();
    }

    @Test
    void wrongOperandInAttentionNamesBothShapesAndSuggestsTheInputThatFits() {
        String text = DECLS + "\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QV^T}{\\sqrt{d_k}}\\right)V\n";
        List<Diagnostic> ds = check(text);
        assertEquals(1, ds.size(), ds::toString);
        String rendered = new DiagnosticRenderer(false).text(ds.get(0));
        String expectedStart = String.join("\n",
                "error[E0301]: cannot multiply [n, d_k] by [d_v, m]: inner dimensions d_k and d_v differ",
                " --> attention.eq:2:59",
                "  |",
                "2 | \\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QV^T}{\\sqrt{d_k}}\\right)V",
                "  |                                                           ^^^^ [n, d_k] × [d_v, m]");
        assertTrue(rendered.startsWith(expectedStart), rendered);
        assertTrue(rendered.contains("V declared here as [m, d_v]"), rendered);
        assertTrue(rendered.endsWith("= help: K has shape [m, d_k]; did you mean `QK^T`?\n"), rendered);
    }

    @Test
    void aLabelOnAMatrixOfAnglesAsksForTheRowToo() {
        // ArcFace's \theta_{y_i} with \theta an N x n matrix: the row i is implied by the sum over i (W0521); with two
        // sums over the rows, which one is meant cannot be told, and eqc asks for it.
        List<Diagnostic> one = check("\\theta \\in \\mathbb{R}^{N \\times n}, y \\in \\{1, \\dots, n\\}^{N}\n"
                + "L = \\sum_{i=1}^{N} \\cos(\\theta_{y_i})\n");
        assertTrue(one.stream().anyMatch(d -> d.code() == Code.W0521) && one.stream().noneMatch(d -> d.code() == Code.E0304),
                one::toString);
        List<Diagnostic> ds = check("\\theta \\in \\mathbb{R}^{N \\times n}, y \\in \\{1, \\dots, n\\}^{N}\n"
                + "L = \\sum_{i=1}^{N} \\sum_{k=1}^{N} \\cos(\\theta_{y_i})\n");
        Diagnostic first = ds.stream().filter(d -> d.code() == Code.E0304).findFirst().orElseThrow();
        assertTrue(first.message().startsWith("the label `y_i` ranges over n but axis 0"), first.message());
        assertTrue(first.help().contains("write every index, the row first"), first.help());
    }

    @Test
    void elementwiseIntentGetsTheOdotHint() {
        List<Diagnostic> ds = check("x \\in \\mathbb{R}^{n \\times d}, y \\in \\mathbb{R}^{n \\times d}\nz = x y\n");
        assertEquals(Code.E0301, ds.get(0).code());
        assertTrue(ds.get(0).help().contains("for an element-wise product write `\\odot`"), ds.get(0).help());
    }

    @Test
    void everyErrorOfTheFileIsReported() {
        List<Diagnostic> ds = check(DECLS + "a = Q K\nb = \\mathrm{sofmax}(Q)\nc = Q + V\n");
        assertEquals(List.of(Code.E0301, Code.E0101, Code.E0302), ds.stream().map(Diagnostic::code).toList());
        assertEquals("did you mean `softmax`?", ds.get(1).help());
    }

    @Test
    void undeclaredInputsAreWarningsWithAReadyDeclaration() {
        List<Diagnostic> ds = check("softmax(QK^T/sqrt(d_k))V\n");
        assertTrue(ds.stream().allMatch(d -> d.severity() == Severity.WARNING), ds::toString);
        assertEquals("declare it: `K \\in \\mathbb{R}^{n_K \\times d_Q}`", ds.get(1).help());
    }

    @Test
    void anUndeclaredNameBeforeABracketIsToldItMayBeAFunction() {
        // Wikipedia's GRU: \phi (the hyperbolic tangent, in prose only) applied to the candidate's pre-activation.
        List<Diagnostic> ds = check("x \\in \\mathbb{R}^{n}\ny = \\phi(x + 1)\n");
        Diagnostic phi = ds.stream().filter(d -> d.code() == Code.W0101).findFirst().orElseThrow();
        assertTrue(phi.notes().stream().anyMatch(n -> n.contains("like a function") && n.contains("\\phi(x) =")),
                phi::toString);
        List<Diagnostic> plain = check("x \\in \\mathbb{R}^{n}\ny = c x\n");
        assertTrue(plain.stream().filter(d -> d.code() == Code.W0101).allMatch(d -> d.notes().isEmpty()), plain::toString);
    }

    @Test
    void aTypoOfADeclaredDimensionIsPointedOut() {
        List<Diagnostic> ds = check(DECLS + "y = \\frac{Q}{\\sqrt{d_K}}\n");
        assertEquals(Code.W0101, ds.get(0).code());
        assertEquals(List.of("a declared name is similar: `d_k`"), ds.get(0).notes());
    }

    @Test
    void jsonAndGithubFormatsCarryTheLocation() {
        List<Diagnostic> ds = check(DECLS + "a = Q K\n");
        String json = new DiagnosticRenderer(false).render(ds, DiagnosticRenderer.Format.JSON);
        assertTrue(json.startsWith("{\"diagnostics\": [{\"severity\": \"error\", \"code\": \"E0301\", \"file\": "
                + "\"attention.eq\", \"line\": 2, \"column\": 5, \"endLine\": 2, \"endColumn\": 8"), json);
        String gh = new DiagnosticRenderer(false).render(ds, DiagnosticRenderer.Format.GITHUB);
        assertTrue(gh.startsWith("::error file=attention.eq,line=2,col=5,endLine=2,endColumn=8,title=E0301::cannot multiply"), gh);
    }

    @Test
    void recursionAndArityAreLocatedErrors() {
        List<Diagnostic> ds = check("x \\in \\mathbb{R}\nf(x) = x + 1\ny = f(x, x)\nz = z + x\n");
        assertEquals(List.of(Code.E0104, Code.E0105), ds.stream().map(Diagnostic::code).toList());
    }
}
