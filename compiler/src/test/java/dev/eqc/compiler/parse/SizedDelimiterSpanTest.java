package dev.eqc.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.DiagnosticRenderer;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.shape.ShapeReport;
import dev.eqc.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lexer skips sizing commands ({@code \left}, {@code \bigl}, {@code \Big}); the spans of the
 * groups they size must still print the source as written, from the sizing command on.
 */
class SizedDelimiterSpanTest {
    private static List<String> groupTexts(String text) {
        SourceFile source = new SourceFile("t.eq", text);
        Diagnostics d = new Diagnostics();
        Program p = Parser.parse(source, d);
        assertFalse(d.hasErrors(), () -> d.all().toString());
        List<String> out = new ArrayList<>();
        for (Statement s : p.statements()) {
            if (s instanceof Statement.Definition def) {
                collect(def.rhs(), source, out);
            }
        }
        return out;
    }

    /** The source text of every bracketed node and every power, outermost first. */
    private static void collect(Expr e, SourceFile source, List<String> out) {
        if (e instanceof Expr.Group g) {
            out.add(source.slice(g.span()));
            g.items().forEach(i -> collect(i, source, out));
        } else if (e instanceof Expr.Abs a) {
            out.add(source.slice(a.span()));
            collect(a.operand(), source, out);
        } else if (e instanceof Expr.Norm n) {
            out.add(source.slice(n.span()));
            collect(n.operand(), source, out);
        } else if (e instanceof Expr.Power pw) {
            out.add(source.slice(pw.span()));
            collect(pw.base(), source, out);
        } else if (e instanceof Expr.Binary b) {
            collect(b.left(), source, out);
            collect(b.right(), source, out);
        } else if (e instanceof Expr.Apply a) {
            out.add(source.slice(a.span()));
            assertTrue(source.slice(a.argsSpan()).startsWith("\\left("), source.slice(a.argsSpan()));
            a.args().forEach(x -> collect(x, source, out));
        }
    }

    @Test
    void aLeftRightGroupStartsAtLeft() {
        assertEquals(List.of("\\left(a - b\\right)^2", "\\left(a - b\\right)"),
                groupTexts("y = \\left(a - b\\right)^2\n"));
    }

    @Test
    void bigAndBigLGroupsStartAtTheirSizingCommand() {
        assertEquals(List.of("\\bigl[c\\bigr]", "\\Big( d \\Big)", "\\Biggl(e\\Biggr)",
                        "\\left|  f \\right|", "\\bigl\\| g \\bigr\\|"),
                groupTexts("y = \\bigl[c\\bigr] + \\Big( d \\Big) + \\Biggl(e\\Biggr) + \\left|  f \\right|"
                        + " + \\bigl\\| g \\bigr\\|\n"));
    }

    @Test
    void nestedSizedGroupsAndCallsKeepTheirOwnStarts() {
        assertEquals(List.of("\\exp\\left(\\Big(a\\Big) b\\right)", "\\Big(a\\Big)"),
                groupTexts("y = \\exp\\left(\\Big(a\\Big) b\\right)\n"));
    }

    @Test
    void commandsThatOnlyBeginWithLeftOrBigAreNotSizing() {
        // \leftarrow and \bigcup are not sizing commands: the group starts at its parenthesis.
        assertEquals(List.of("(a + b)"), groupTexts("y \\leftarrow (a + b)\n"));
    }

    @Test
    void anUnclosedLeftIsReportedFromLeft() {
        SourceFile source = new SourceFile("t.eq", "y = \\left(a + b\n");
        Diagnostics d = new Diagnostics();
        Parser.parse(source, d);
        assertEquals(Code.E0002, d.all().get(0).code());
        assertEquals("\\left(", source.slice(d.all().get(0).span()));
        assertEquals("unclosed `\\left(`", d.all().get(0).message());
        assertTrue(d.all().get(0).help().contains("close it with `\\right)`"), d.all().get(0).help());
        Diagnostics big = new Diagnostics();
        Parser.parse(new SourceFile("t.eq", "y = \\bigl[a + b\n"), big);
        assertTrue(big.all().get(0).help().contains("close it with `\\bigr]`"), big.all().get(0).help());
    }

    @Test
    void theShapeReportPrintsSubExpressionsAsWritten() {
        String text = "a \\in \\mathbb{R}^{d}\n\\mu = \\frac{1}{d}\\sum_i a_i\n"
                + "\\sigma^2 = \\frac{1}{d}\\sum_i \\left(a_i - \\mu\\right)^2\n";
        Diagnostics d = new Diagnostics();
        String report = ShapeReport.render(EqCompiler.check(new SourceFile("v.eq", text), Options.forClass("V"), d)
                .orElseThrow());
        assertTrue(report.contains("\n  \\left(a_i - \\mu\\right)^2  : []\n"), report);
        assertTrue(report.contains("\n  \\sum_i \\left(a_i - \\mu\\right)^2  : []\n"), report);
        assertFalse(report.contains("\n  (a_i - \\mu\\right)^2"), report);
    }

    @Test
    void aDiagnosticAboutASizedGroupQuotesAndUnderlinesItFromLeft() {
        String text = "W \\in \\mathbb{R}^{m \\times k}\ny = \\left(W\\right)^{-1}\n";
        SourceFile source = new SourceFile("w.eq", text);
        Diagnostics d = new Diagnostics();
        EqCompiler.check(source, Options.forClass("W"), d);
        assertEquals(Code.E0304, d.all().get(0).code(), () -> d.all().toString());
        assertEquals("\\left(W\\right)^{-1}", source.slice(d.all().get(0).span()));
        String rendered = new DiagnosticRenderer(false).render(d.sorted(), DiagnosticRenderer.Format.TEXT);
        assertTrue(rendered.contains("`\\left(W\\right)^{-1}` inverts"), rendered);
        assertTrue(rendered.contains("\n  |     " + "^".repeat("\\left(W\\right)^{-1}".length())), rendered);
    }
}
