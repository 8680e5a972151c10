package dev.eqc.compiler.parse;

import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.source.Span;
import dev.eqc.grammar.EqLexer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Cuts a file's token stream into statements (SPEC 2): newlines, top-level {@code ;} and
 * {@code \\} end a statement, except inside an open bracket or environment, where a newline
 * continues it and {@code \\} separates rows of {@code cases}. Alignment {@code &} outside
 * {@code cases} and a trailing {@code ,} or {@code .} are dropped. Comments directly above a
 * statement (or trailing on its line) become its comment.
 *
 * <p>Reports unclosed delimiters at the delimiter that was opened (E0002) and nesting deeper
 * than {@link #MAX_DEPTH} (E0003); such statements are left out, so later passes never
 * recurse deeper than the limit.
 */
final class StatementSplitter {
    /** Deepest bracket nesting accepted; keeps every recursive pass far from stack limits. */
    static final int MAX_DEPTH = 100;
    /**
     * Most tokens one statement may have. Later passes recurse along chains such as
     * {@code a + b + …}, so this bounds their depth as MAX_DEPTH bounds nesting.
     */
    static final int MAX_TOKENS = 5_000;

    private final SourceFile source;
    private final Diagnostics diagnostics;
    private final List<StatementTokens> out = new ArrayList<>();
    private final Deque<Token> open = new ArrayDeque<>();
    private List<Token> current = new ArrayList<>();
    private final List<String> pendingComment = new ArrayList<>();
    private String currentComment;
    private boolean tooDeep;

    StatementSplitter(SourceFile source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    List<StatementTokens> split(List<? extends Token> tokens) {
        int from = 0;
        while (true) {
            for (int i = from; i < tokens.size(); i++) {
                accept(tokens.get(i));
            }
            if (open.isEmpty()) {
                break;
            }
            // An unclosed bracket swallowed the rest of the file: report it where it was opened,
            // drop its statement, and read on from the line after the opener.
            Token opener = open.peekLast();
            Diagnostic.of(Code.E0002, source, span(opener),
                            "unclosed `" + opener.getText() + "`")
                    .caret("opened here and never closed")
                    .help("close it with `" + closerOf(opener) + "`; a newline inside an open bracket continues the statement")
                    .report(diagnostics);
            current.clear();
            open.clear();
            tooDeep = false;
            int next = indexAfterLineOf(tokens, opener);
            if (next <= from || next >= tokens.size()) {
                break;
            }
            from = next;
        }
        finish();
        return out;
    }

    /** The index of the first token on a line after the opener's line. */
    private static int indexAfterLineOf(List<? extends Token> tokens, Token opener) {
        int i = tokens.indexOf(opener) + 1;   // lexer tokens carry no index of their own
        while (i < tokens.size() && tokens.get(i).getType() != EqLexer.NEWLINE) {
            i++;
        }
        return i + 1;
    }

    private void accept(Token t) {
        int type = t.getType();
        if (type == EqLexer.COMMENT) {
            String text = t.getText().substring(1).strip();
            if (current.isEmpty()) {
                pendingComment.add(text);
            } else if (currentComment == null && !text.isEmpty()) {
                currentComment = text;
            }
            return;
        }
        if (type == EqLexer.NEWLINE) {
            if (open.isEmpty()) {
                if (current.isEmpty() && isBlankLine(t)) {
                    pendingComment.clear();
                }
                finish();
            }
            return;
        }
        if (type == EqLexer.SEMI && open.isEmpty()) {
            finish();
            return;
        }
        if (type == EqLexer.ROWSEP) {
            if (insideCases()) {
                current.add(t);
            } else if (open.isEmpty() && !endsWithOperator()) {
                finish();
            }
            return;
        }
        if (type == EqLexer.AMP && !insideCases()) {
            return;
        }
        if (isOpener(type)) {
            open.push(t);
            if (open.size() > MAX_DEPTH && !tooDeep) {
                tooDeep = true;
                Diagnostic.of(Code.E0003, source, span(t),
                                "brackets nested more than " + MAX_DEPTH + " deep")
                        .caret("too deep here")
                        .help("split the expression into several definitions")
                        .report(diagnostics);
            }
        } else if (isCloser(type) && !open.isEmpty()) {
            open.pop();
        }
        current.add(t);
    }

    private boolean isBlankLine(Token newline) {
        int line = newline.getLine();
        return source.lineText(line).isBlank();
    }

    private boolean insideCases() {
        return !open.isEmpty() && (open.peek().getType() == EqLexer.CASES_BEGIN
                || open.peek().getType() == EqLexer.MATRIX_BEGIN);
    }

    /** {@code a = \\ b}: a row that ends in an operator continues on the next. */
    private boolean endsWithOperator() {
        if (current.isEmpty()) {
            return false;
        }
        int type = current.get(current.size() - 1).getType();
        return type == EqLexer.EQ || type == EqLexer.ASSIGN || type == EqLexer.ARROW_ASSIGN || type == EqLexer.PLUS
                || type == EqLexer.MINUS || type == EqLexer.CDOT || type == EqLexer.TIMES || type == EqLexer.STAR
                || type == EqLexer.SLASH || type == EqLexer.HADAMARD || type == EqLexer.IN;
    }

    private void finish() {
        List<Token> tokens = current;
        current = new ArrayList<>();
        boolean skip = tooDeep;
        tooDeep = false;
        if (!skip && tokens.size() > MAX_TOKENS) {
            Diagnostic.of(Code.E0003, source, span(tokens.get(0)).to(span(tokens.get(tokens.size() - 1))),
                            "statement has " + tokens.size() + " tokens; eqc reads at most " + MAX_TOKENS)
                    .caret("too long")
                    .help("split it into several definitions")
                    .report(diagnostics);
            skip = true;
        }
        while (!tokens.isEmpty() && isTrailingPunctuation(tokens.get(tokens.size() - 1).getType())) {
            tokens.remove(tokens.size() - 1);
        }
        if (tokens.isEmpty()) {
            currentComment = null;
            return;
        }
        // Joined only for a statement, never per line: a file of comments stays linear.
        String comment = pendingComment.isEmpty() ? currentComment : String.join("\n", pendingComment);
        currentComment = null;
        pendingComment.clear();
        if (!skip) {
            out.add(new StatementTokens(tokens, comment));
        }
    }

    private static boolean isTrailingPunctuation(int type) {
        return type == EqLexer.COMMA || type == EqLexer.DOT;
    }

    private static boolean isOpener(int type) {
        return type == EqLexer.LPAREN || type == EqLexer.LBRACK || type == EqLexer.LBRACE
                || type == EqLexer.LBRACE_LIT || type == EqLexer.CASES_BEGIN || type == EqLexer.ENV_BEGIN
                || type == EqLexer.MATRIX_BEGIN;
    }

    private static boolean isCloser(int type) {
        return type == EqLexer.RPAREN || type == EqLexer.RBRACK || type == EqLexer.RBRACE
                || type == EqLexer.RBRACE_LIT || type == EqLexer.CASES_END || type == EqLexer.ENV_END
                || type == EqLexer.MATRIX_END;
    }

    private static String closerOf(Token opener) {
        return switch (opener.getType()) {
            case EqLexer.LPAREN -> ")";
            case EqLexer.LBRACK -> "]";
            case EqLexer.LBRACE -> "}";
            case EqLexer.LBRACE_LIT -> "\\}";
            case EqLexer.CASES_BEGIN -> "\\end{cases}";
            default -> "\\end{…}";
        };
    }

    static Span span(Token t) {
        int start = Math.max(0, t.getStartIndex());
        return new Span(start, Math.max(start, t.getStopIndex() + 1));
    }
}
