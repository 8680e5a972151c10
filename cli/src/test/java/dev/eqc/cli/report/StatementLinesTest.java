package dev.eqc.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a file's lines become the statements the report displays. */
class StatementLinesTest {
    private static SourceRange line(String text, String part) {
        int start = text.indexOf(part);
        return new SourceRange(start, start + part.length());
    }

    private static List<String> shown(String text, List<FileReport.Statement> statements) {
        return statements.stream().map(s -> text.substring(s.range().start(), s.range().end())).toList();
    }

    @Test
    void parsedStatementsAreShownByLineWithTheCommentsAboveAndBeside() {
        String text = "% Title\nx \\in \\mathbb{R}^{n}, b \\in \\mathbb{R}^{n}\n\n% the sum\ny = x + b % plain\n";
        List<FileReport.Statement> s = StatementLines.of(text, List.of(line(text, "x \\in \\mathbb{R}^{n}"),
                line(text, "b \\in \\mathbb{R}^{n}"), line(text, "y = x + b")));
        assertEquals(List.of("x \\in \\mathbb{R}^{n}, b \\in \\mathbb{R}^{n}", "y = x + b % plain"), shown(text, s));
        assertEquals(List.of("Title"), s.get(0).comments());
        assertEquals(List.of("the sum", "plain"), s.get(1).comments());
    }

    @Test
    void aStatementOverSeveralLinesIsOne() {
        String text = "y = \\frac{a\n  + b}{2}\nz = y\n";
        List<FileReport.Statement> s = StatementLines.of(text, List.of(line(text, "y = \\frac{a\n  + b}{2}"),
                line(text, "z = y")));
        assertEquals(List.of("y = \\frac{a\n  + b}{2}", "z = y"), shown(text, s));
    }

    @Test
    void linesNoParsedStatementCoversAreShownJoinedWhileABraceIsOpen() {
        String text = "y = \\frac{a\n  + }{2}\nz = y\nw = ) (\n";
        List<FileReport.Statement> s = StatementLines.of(text, List.of(line(text, "z = y")));
        assertEquals(List.of("y = \\frac{a\n  + }{2}", "z = y", "w = ) ("), shown(text, s));
    }

    @Test
    void crlfAndLoneCarriageReturnsEndLines() {
        String text = "a = 1\r\nb = 2\rc = 3";
        assertEquals(List.of("a = 1", "b = 2", "c = 3"), shown(text, StatementLines.of(text, List.of())));
    }
}
