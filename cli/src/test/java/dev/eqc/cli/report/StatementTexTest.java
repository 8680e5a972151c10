package dev.eqc.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The LaTeX handed to KaTeX: comments removed, marked ranges wrapped in {@code \htmlData} when they nest. */
class StatementTexTest {
    private static StatementTex.Mark term(String text, String part, int id) {
        int start = text.indexOf(part);
        return new StatementTex.Mark(new SourceRange(start, start + part.length()), "term=" + id, id, false);
    }

    private static SourceRange all(String text) {
        return new SourceRange(0, text.length());
    }

    @Test
    void nestedTermsAreWrappedInsideOut() {
        String text = "y = QK^T";
        StatementTex.Annotated a = StatementTex.annotated(new SourceText(text), all(text),
                List.of(term(text, "QK^T", 0), term(text, "Q", 1), term(text, "K^T", 2), term(text, "K", 3)));
        assertEquals("y = \\htmlData{term=0}{\\htmlData{term=1}{Q}\\htmlData{term=2}{\\htmlData{term=3}{K}^T}}", a.tex());
        assertEquals(4, a.wrapped().size());
    }

    @Test
    void aRangeCrossingAWrappedOneIsLeftOut() {
        String text = "a + b + c";
        StatementTex.Annotated a = StatementTex.annotated(new SourceText(text), all(text),
                List.of(term(text, "a + b", 0), term(text, "b + c", 1)));
        assertEquals("\\htmlData{term=0}{a + b} + c", a.tex());
        assertEquals(1, a.wrapped().size());
    }

    @Test
    void aScriptArgumentGetsBracesSoTheScriptTakesTheWholeWrapper() {
        String text = "y = x^2";
        StatementTex.Annotated a = StatementTex.annotated(new SourceText(text), all(text), List.of(term(text, "2", 0)));
        assertEquals("y = x^{\\htmlData{term=0}{2}}", a.tex());
    }

    @Test
    void commentsAreLeftOutAndAnEscapedPercentIsKept() {
        String text = "y = 5\\% x % the rate\n  + z";
        assertEquals("y = 5\\% x \n  + z", StatementTex.plain(new SourceText(text), all(text)));
    }

    @Test
    void anIssueGoesOutsideATermOfTheSameRange() {
        String text = "y = QV^T";
        int start = text.indexOf("QV^T");
        SourceRange r = new SourceRange(start, text.length());
        StatementTex.Annotated a = StatementTex.annotated(new SourceText(text), all(text), List.of(
                new StatementTex.Mark(r, "term=4", 4, false), new StatementTex.Mark(r, "issue=0,severity=error", 0, true)));
        assertEquals("y = \\htmlData{issue=0,severity=error}{\\htmlData{term=4}{QV^T}}", a.tex());
    }
}
