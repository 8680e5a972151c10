package dev.eqc.compiler.parse;

import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.source.Span;
import dev.eqc.grammar.EqLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Replaces ANTLR's console listener: turns the first syntax error of a statement into a
 * diagnostic with friendly nouns instead of token names. Later errors in the same statement
 * are cascades of the first and are dropped.
 */
final class SyntaxErrorCollector extends BaseErrorListener {
    private final SourceFile source;
    private final Diagnostics diagnostics;
    private final Span statementEnd;
    private boolean failed;

    SyntaxErrorCollector(SourceFile source, Diagnostics diagnostics, Span statementEnd) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.statementEnd = statementEnd;
    }

    boolean failed() {
        return failed;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
            RecognitionException e) {
        if (failed) {
            return;
        }
        failed = true;
        Token token = offending instanceof Token t ? t : null;
        IntervalSet expected = null;
        if (recognizer instanceof Parser p) {
            try {
                expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : p.getExpectedTokens();
            } catch (RuntimeException ignored) {
                expected = null;
            }
        }
        boolean atEnd = token == null || token.getType() == Token.EOF;
        Span span = atEnd ? statementEnd : StatementSplitter.span(token);
        if (token != null && token.getType() == EqLexer.ENV_BEGIN) {
            Diagnostic.of(Code.E0004, source, span, "unsupported environment `" + token.getText() + "`")
                    .caret("not supported")
                    .help("eqc reads equation, align, gather, split and cases environments")
                    .report(diagnostics);
            return;
        }
        String found = atEnd ? "end of statement" : describe(token);
        String wanted = expected == null ? "" : expectedText(expected);
        Diagnostic.Builder d = Diagnostic.of(Code.E0001, source, span,
                "unexpected " + found + (wanted.isEmpty() ? "" : "; expected " + wanted));
        d.caret(atEnd ? "statement ends here" : "unexpected here");
        if (token != null && token.getType() == EqLexer.UNKNOWN_CHAR) {
            d.help(unicodeHelp(token.getText()));
        }
        d.report(diagnostics);
    }

    private static String describe(Token t) {
        return switch (t.getType()) {
            case EqLexer.UNKNOWN_CHAR -> "character `" + t.getText() + "`";
            default -> "`" + t.getText() + "`";
        };
    }

    private static String expectedText(IntervalSet expected) {
        List<String> nouns = new ArrayList<>();
        if (expected.contains(EqLexer.LETTER) || expected.contains(EqLexer.NUMBER)) {
            nouns.add("an expression");
        }
        if (expected.contains(EqLexer.RPAREN)) {
            nouns.add("`)`");
        }
        if (expected.contains(EqLexer.RBRACK)) {
            nouns.add("`]`");
        }
        if (expected.contains(EqLexer.RBRACE)) {
            nouns.add("`}`");
        }
        if (expected.contains(EqLexer.CASES_END)) {
            nouns.add("`\\end{cases}`");
        }
        if (expected.contains(EqLexer.LBRACE) && nouns.isEmpty()) {
            nouns.add("`{`");
        }
        return String.join(" or ", nouns);
    }

    private static String unicodeHelp(String ch) {
        return switch (ch) {
            case "∈" -> "write `\\in`";
            case "×" -> "write `\\times`";
            case "·" -> "write `\\cdot`";
            case "≤" -> "write `\\le`";
            case "≥" -> "write `\\ge`";
            case "√" -> "write `\\sqrt{…}`";
            case "∑" -> "write `\\sum`";
            default -> "eqc reads LaTeX math; write symbols as LaTeX commands";
        };
    }
}
