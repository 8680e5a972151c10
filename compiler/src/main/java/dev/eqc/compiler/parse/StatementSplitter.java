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
    /** Open display blocks: wrapper environments ({@code aligned}, {@code align*}, …), {@code $$}, {@code \\[}. */
    private int displayEnvironments;
    private boolean dollarDisplay;
    private boolean bracketDisplay;

    StatementSplitter(SourceFile source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    List<StatementTokens> split(List<? extends Token> tokens) {
        int from = 0;
        while (true) {
            for (int i = from; i < tokens.size(); i++) {
                accept(tokens, i);
            }
            if (open.isEmpty()) {
                break;
            }
            // An unclosed bracket swallowed the rest of the file: report it where it was opened,
            // drop its statement, and read on from the line after the opener.
            Token opener = open.peekLast();
            Span at = span(opener);
            // As written, with its sizing command (\left, \bigl, \Big): the closer gets the matching one.
            String sizing = source.slice(new Span(at.start(), Math.max(at.start(), opener.getStartIndex()))).strip();
            Diagnostic.of(Code.E0002, source, at,
                            "unclosed `" + source.slice(at) + "`")
                    .caret("opened here and never closed")
                    .help("close it with `" + closingSize(sizing) + closerOf(opener)
                            + "`; a newline inside an open bracket continues the statement")
                    .report(diagnostics);
            current.clear();
            open.clear();
            tooDeep = false;
            displayEnvironments = 0;
            dollarDisplay = false;
            bracketDisplay = false;
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

    private void accept(List<? extends Token> tokens, int at) {
        Token t = tokens.get(at);
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
        if (type == EqLexer.WRAPPER_ENV || type == EqLexer.DISPLAY_DELIM) {
            display(t);
            return;
        }
        if (type == EqLexer.NEWLINE) {
            if (open.isEmpty() && !insideDisplay() && !(endsWithOperator() && !startsAnotherStatement(tokens, at + 1))
                    && !continuesOnNextLine(tokens, at + 1)) {
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
        if ((isCloser(type) || isRelationSign(type)) && commaAfterEllipsis()) {
            // `1 + \gamma + \gamma^2 + \ldots, \right)`, `= \ldots, =`: the comma is the sentence's.
            current.remove(current.size() - 1);
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

    /**
     * A display block is one piece of LaTeX, where a newline is a space: rows end at {@code \\}.
     * The statement ends where the block does ({@code $$ a = b $$ $$ c = d $$} is two).
     */
    private void display(Token t) {
        String text = t.getText();
        if (t.getType() == EqLexer.WRAPPER_ENV) {
            displayEnvironments = text.startsWith("\\begin") ? displayEnvironments + 1 : Math.max(0, displayEnvironments - 1);
            return;
        }
        boolean wasInside = insideDisplay();
        switch (text) {
            case "$$" -> dollarDisplay = !dollarDisplay;
            case "\\[" -> bracketDisplay = true;
            default -> bracketDisplay = false;
        }
        if (wasInside && !insideDisplay() && open.isEmpty()) {
            finish();
        }
    }

    private boolean insideDisplay() {
        return displayEnvironments > 0 || dollarDisplay || bracketDisplay;
    }

    /**
     * The line starting at {@code from} starts a statement of its own: it is blank, or it is a
     * definition ({@code z = b}: a definition sign at its top level that neither starts nor ends it).
     * A line ending in an operator continues onto the next one unless that one starts a statement
     * (then the first is reported unfinished, as before).
     */
    private static boolean startsAnotherStatement(List<? extends Token> tokens, int from) {
        int depth = 0;
        int first = -1;
        int sign = -1;
        int last = -1;
        for (int i = from; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == EqLexer.NEWLINE) {
                if (first < 0) {
                    return true;
                }
                break;
            }
            if (type == EqLexer.COMMENT || type == EqLexer.WRAPPER_ENV || type == EqLexer.DISPLAY_DELIM) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            last = i;
            if (isOpener(type)) {
                depth++;
            } else if (isCloser(type) && depth > 0) {
                depth--;
            } else if (depth == 0 && i != first && sign < 0 && (type == EqLexer.EQ || type == EqLexer.ASSIGN
                    || type == EqLexer.DEFINE_SIGN || type == EqLexer.ARROW_ASSIGN)) {
                sign = i;
            }
        }
        return sign >= 0 && sign != last;
    }

    /**
     * A display broken before a reduction, a {@code cases} block or an operator, as scikit-learn's user guide prints the
     * Tweedie deviance: {@code \text{D}(y, \hat{y}) = \frac{1}{n_\text{samples}}}, then {@code \sum_{i=0}^{…}} on the
     * next line, then {@code \begin{cases}}. The statement so far has its relation sign, and the next line, which no
     * statement can start with, has none: it continues the statement (it was a statement of its own, E0102 for
     * {@code \sum}).
     */
    private boolean continuesOnNextLine(List<? extends Token> tokens, int from) {
        if (current.isEmpty() || !hasTopLevelSign(current, 0)) {
            return false;
        }
        int first = from;
        while (first < tokens.size() && tokens.get(first).getType() == EqLexer.COMMENT) {
            first++;
        }
        if (first >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(first);
        boolean continuation = t.getType() == EqLexer.CASES_BEGIN || t.getType() == EqLexer.PLUS
                || t.getType() == EqLexer.MINUS || t.getType() == EqLexer.CDOT || t.getType() == EqLexer.TIMES
                || t.getType() == EqLexer.COMMAND && java.util.Set.of("\\sum", "\\prod").contains(t.getText());
        if (!continuation) {
            return false;
        }
        List<Token> line = new ArrayList<>();
        for (int i = first; i < tokens.size() && tokens.get(i).getType() != EqLexer.NEWLINE; i++) {
            line.add(tokens.get(i));
        }
        return !hasTopLevelSign(line, -1);
    }

    /** Whether {@code line} has a relation sign or {@code \\in} outside brackets (from its {@code skip + 1}-th token). */
    private static boolean hasTopLevelSign(List<? extends Token> line, int skip) {
        int depth = 0;
        for (int i = 0; i < line.size(); i++) {
            int type = line.get(i).getType();
            if (isOpener(type)) {
                depth++;
            } else if (isCloser(type) && depth > 0) {
                depth--;
            } else if (depth == 0 && i > skip && (type == EqLexer.EQ || type == EqLexer.ASSIGN
                    || type == EqLexer.DEFINE_SIGN || type == EqLexer.ARROW_ASSIGN || type == EqLexer.IN)) {
                return true;
            }
        }
        return false;
    }

    /** The statement so far ends in {@code \\ldots,} (or {@code \\dots}, {@code \\cdots}, {@code …}). */
    private boolean commaAfterEllipsis() {
        int n = current.size();
        if (n < 2 || current.get(n - 1).getType() != EqLexer.COMMA) {
            return false;
        }
        Token before = current.get(n - 2);
        return before.getType() == EqLexer.ELLIPSIS || before.getType() == EqLexer.COMMAND
                && java.util.Set.of("\\ldots", "\\dots", "\\cdots", "\\dotsc", "\\dotsb").contains(before.getText());
    }

    private static boolean isRelationSign(int type) {
        return type == EqLexer.EQ || type == EqLexer.ASSIGN || type == EqLexer.DEFINE_SIGN || type == EqLexer.LE
                || type == EqLexer.GE || type == EqLexer.LT || type == EqLexer.GT || type == EqLexer.NE
                || type == EqLexer.RELATED;
    }

    private boolean isBlankLine(Token newline) {
        int line = newline.getLine();
        return source.lineText(line).isBlank();
    }

    private boolean insideCases() {
        return !open.isEmpty() && (open.peek().getType() == EqLexer.CASES_BEGIN
                || open.peek().getType() == EqLexer.MATRIX_BEGIN);
    }

    /**
     * {@code a = \\\\ b}: a row that ends in an operator continues on the next. Comparisons and other relation
     * signs ({@code \\sim}, {@code \\le}, {@code \\propto}) continue too, at the end of a line ({@code f(x) =} then
     * {@code \\begin{cases} …}) and of a row.
     */
    private boolean endsWithOperator() {
        if (current.isEmpty()) {
            return false;
        }
        int type = current.get(current.size() - 1).getType();
        boolean operator = type == EqLexer.EQ || type == EqLexer.ASSIGN || type == EqLexer.DEFINE_SIGN || type == EqLexer.ARROW_ASSIGN || type == EqLexer.PLUS
                || type == EqLexer.MINUS || type == EqLexer.CDOT || type == EqLexer.TIMES || type == EqLexer.STAR
                || type == EqLexer.SLASH || type == EqLexer.HADAMARD || type == EqLexer.IN;
        // A row cannot end in a relation sign either: eqnarray's `a & \propto & \\ && \hspace{-2cm} b` continues.
        return operator || type == EqLexer.LE || type == EqLexer.GE || type == EqLexer.LT
                || type == EqLexer.GT || type == EqLexer.NE || type == EqLexer.RELATED || type == EqLexer.PM
                || type == EqLexer.OSLASH;
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
        if (skip) {
            return;
        }
        tokens = withoutQuantifierPrefix(tokens);
        // Every tail, in order: `\text{where } a = 2x \text{ and } b = x^2` is two (before, what followed the second
        // tail's start was dropped without a word).
        List<StatementTokens.Tail> tails = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int at = tailStart(tokens); at >= 0; at = tailStart(tokens, at + 1)) {
            starts.add(at);
        }
        for (int k = 0; k < starts.size(); k++) {
            List<Token> part = withoutTrailingPunctuation(tokens.subList(starts.get(k),
                    k + 1 < starts.size() ? starts.get(k + 1) : tokens.size()));
            tails.add(tail(part));
        }
        if (!starts.isEmpty()) {
            tokens = withoutTrailingPunctuation(tokens.subList(0, starts.get(0)));
        }
        if (tokens.isEmpty() && out.isEmpty()) {
            for (StatementTokens.Tail t : tails) {
                Diagnostic.of(Code.W0130, source, t.span(), "`" + source.slice(t.span())
                                + "` follows no statement; eqc reads it as prose and skips it")
                        .caret("skipped")
                        .report(diagnostics);
            }
            return;
        }
        if (tokens.isEmpty()) {
            // `y = … ;\ \textrm{for all } s`: a tail after a `;` belongs to the statement before it.
            StatementTokens previous = out.remove(out.size() - 1);
            List<StatementTokens.Tail> all = new ArrayList<>(previous.tails());
            all.addAll(tails);
            out.add(new StatementTokens(previous.tokens(), previous.comment(), all));
            return;
        }
        out.add(new StatementTokens(separateDefinitions(tokens), comment, tails));
    }

    /**
     * {@code \mu^l = … \qquad \sigma^l = …}: papers print several definitions on one line, set apart by
     * a wide space. Where a {@code \quad} or {@code \qquad} (or {@code \hspace}) at the top level follows a
     * complete definition and is followed by a left-hand side and a definition sign, a comma is put in
     * its place, so the line reads as the comma list of definitions it prints ({@code a = 1, b = 2}).
     */
    private List<Token> separateDefinitions(List<Token> tokens) {
        if (tokens.isEmpty() || isDefinitionSign(tokens.get(0).getType())) {
            return tokens;
        }
        List<Token> result = null;
        int depth = 0;
        boolean defined = false;   // the segment since the last separator has a definition sign
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (depth == 0 && i > 0 && defined && wideSpaceBefore(tokens, i) && startsDefinition(tokens, i)
                    && tokens.get(i - 1).getType() != EqLexer.COMMA
                    && !isRelationSign(tokens.get(i - 1).getType()) && tokens.get(i - 1).getType() != EqLexer.ARROW_ASSIGN) {
                // h' = \quad a[…] = \quad a[…]: a wide space right after a sign spaces out its right side.
                if (result == null) {
                    result = new ArrayList<>(tokens.subList(0, i));
                }
                Token before = tokens.get(i - 1);
                org.antlr.v4.runtime.CommonToken comma = new org.antlr.v4.runtime.CommonToken(EqLexer.COMMA, ",");
                comma.setStartIndex(before.getStopIndex() + 1);
                comma.setStopIndex(before.getStopIndex());
                comma.setLine(before.getLine());
                comma.setCharPositionInLine(before.getCharPositionInLine() + before.getText().length());
                result.add(comma);
                defined = false;
            }
            if (result != null) {
                result.add(tokens.get(i));
            }
            if (isOpener(type)) {
                depth++;
            } else if (isCloser(type) && depth > 0) {
                depth--;
            } else if (depth == 0 && isDefinitionSign(type) && i > 0) {
                defined = true;
            } else if (depth == 0 && type == EqLexer.COMMA) {
                defined = false;
            }
        }
        return result == null ? tokens : result;
    }

    private static boolean isDefinitionSign(int type) {
        return type == EqLexer.EQ || type == EqLexer.ASSIGN || type == EqLexer.DEFINE_SIGN || type == EqLexer.ARROW_ASSIGN;
    }

    /**
     * {@code \quad}, {@code \qquad}, {@code \hspace}, a run of three medium spaces {@code \;\;\;} (Weng's posts), and
     * a run of two control spaces {@code \ \ } (Jurafsky &amp; Martin's {@code \frac{…}{…} \ \ 1 \leq i \leq K},
     * Wikipedia's softmax {@code \ \ \text{ for } i = 1, \dotsc , K}).
     */
    private static final java.util.regex.Pattern WIDE_SPACE = java.util.regex.Pattern.compile(
            "\\\\q?quad(?![a-zA-Z])|\\\\hspace|(\\\\[;:>]\\s*){3,}|(\\\\ \\s*){2,}");

    /** The source between token {@code at - 1} and token {@code at} holds a wide space ({@link #WIDE_SPACE}). */
    private boolean wideSpaceBefore(List<Token> tokens, int at) {
        int from = tokens.get(at - 1).getStopIndex() + 1;
        int to = tokens.get(at).getStartIndex();
        return from >= 0 && to > from && to <= source.text().length()
                && WIDE_SPACE.matcher(source.text().substring(from, to)).find();
    }

    /**
     * Tokens from {@code at} are a left-hand side followed by a definition sign and more: a name (a letter,
     * a command, a styled or accented group) with scripts and primes, optionally one bracketed argument
     * list ({@code \tilde{\mu}_t(x_t, x_0) :=}). A range written bare ({@code i = 1, \dots, n}) is not one.
     */
    private static boolean startsDefinition(List<Token> tokens, int at) {
        if (bareRange(tokens, at)) {
            return false;
        }
        int i = at;
        int type = tokens.get(i).getType();
        if (type == EqLexer.STYLE || type == EqLexer.ACCENT || type == EqLexer.TEXTNAME || type == EqLexer.FONT) {
            i = skipPrefixedGroup(tokens, i);
        } else if (type == EqLexer.LETTER || type == EqLexer.COMMAND) {
            i++;
        } else {
            return false;
        }
        if (i < 0) {
            return false;
        }
        while (i < tokens.size()) {
            int t = tokens.get(i).getType();
            if (t == EqLexer.UNDERSCORE || t == EqLexer.CARET) {
                i = i + 1 < tokens.size() && tokens.get(i + 1).getType() == EqLexer.LBRACE
                        ? skipGroup(tokens, i + 1) : i + 2;
                if (i < 0) {
                    return false;
                }
            } else if (t == EqLexer.PRIME) {
                i++;
            } else {
                break;
            }
        }
        if (i < tokens.size() && (tokens.get(i).getType() == EqLexer.LPAREN || tokens.get(i).getType() == EqLexer.LBRACK)) {
            i = skipGroup(tokens, i);
            if (i < 0) {
                return false;
            }
        }
        return i + 1 < tokens.size() && isDefinitionSign(tokens.get(i).getType());
    }

    /** {@code \tilde{\mu}}, {@code \mathbf{x}}, {@code \hat\beta}: past the command and its argument, or -1. */
    private static int skipPrefixedGroup(List<Token> tokens, int at) {
        int i = at + 1;
        if (i >= tokens.size()) {
            return -1;
        }
        int type = tokens.get(i).getType();
        if (type == EqLexer.LBRACE) {
            return skipGroup(tokens, i);
        }
        if (type == EqLexer.STYLE || type == EqLexer.ACCENT || type == EqLexer.FONT || type == EqLexer.TEXTNAME) {
            return skipPrefixedGroup(tokens, i);
        }
        return type == EqLexer.LETTER || type == EqLexer.COMMAND ? i + 1 : -1;
    }

    /** Past the bracket opened at {@code at} and closed at the same depth, or -1. */
    private static int skipGroup(List<Token> tokens, int at) {
        int depth = 0;
        for (int i = at; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (isOpener(type)) {
                depth++;
            } else if (isCloser(type) && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * {@code \forall i,j: y_{i,j} = s \odot x_{i,j} + b} (Glow's Table 1): a quantifier before the definition names
     * the indices of its left-hand side, which the definition is over anyway; the statement is what follows the
     * colon. Before, the whole statement was a prose tail, skipped (W0130).
     */
    private static List<Token> withoutQuantifierPrefix(List<Token> tokens) {
        if (tokens.size() < 4 || tokens.get(0).getType() != EqLexer.COMMAND || !tokens.get(0).getText().equals("\\forall")) {
            return tokens;
        }
        int i = 1;
        while (i < tokens.size() && tokens.get(i).getType() == EqLexer.LETTER) {
            if (i + 1 < tokens.size() && tokens.get(i + 1).getType() == EqLexer.COMMA) {
                i += 2;
            } else {
                i++;
                break;
            }
        }
        return i > 1 && i + 1 < tokens.size() && tokens.get(i).getType() == EqLexer.COLON
                ? new ArrayList<>(tokens.subList(i + 1, tokens.size())) : tokens;
    }

    /** Words that start a condition or a comment after a definition, in {@code \text{…}}. */
    private static final java.util.regex.Pattern PROSE = java.util.regex.Pattern.compile(
            "(?i)(for|for all|for any|for each|for every|forall|where|with|if|iff|when|whenever|s\\.t\\.|"
                    + "such that|subject to|given|and|otherwise|provided|assuming|since|because|i\\.e\\.|e\\.g\\.|"
                    + "in which)([ ,.:].*)?");

    private int tailStart(List<Token> tokens) {
        return tailStart(tokens, 0);
    }

    /**
     * The position of the first prose tail at bracket depth 0 at or after {@code from}: a
     * {@code \text{for …}} (or {@code \forall}), or -1.
     */
    private int tailStart(List<Token> tokens, int from) {
        int depth = 0;
        boolean afterEquals = false;
        boolean inProse = false;   // a range after `\\text{for }` belongs to that tail
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            boolean prose = depth == 0 && (type == EqLexer.TEXTNAME && proseWord(tokens, i) != null
                    || type == EqLexer.COMMAND && tokens.get(i).getText().equals("\\forall"));
            if (i >= from && depth == 0 && (prose || i > 0 && proseInParentheses(tokens, i)
                    || afterEquals && !inProse && (bareRange(tokens, i)
                    && listStart(tokens, i) == i || wideSpaceBefore(tokens, i) && (bareRange(tokens, listEnd(tokens, i))
                    || bareMembership(tokens, listEnd(tokens, i))) || betweenRange(tokens, i) && (wideSpaceBefore(tokens, i)
                            || tokens.get(i - 1).getType() == EqLexer.COMMA) || samplingTail(tokens, i)))) {
                return i;
            }
            inProse |= prose;
            afterEquals |= depth == 0 && type == EqLexer.EQ;
            if (isOpener(type)) {
                depth++;
            } else if (isCloser(type) && depth > 0) {
                depth--;
            }
        }
        return -1;
    }

    /**
     * {@code \quad i = 1, \dots, n}, {@code , \; t = 1, \ldots, T}: a range written without {@code \text{for}}
     * after the right-hand side (the spacing is skipped by the lexer): an index letter, {@code =}, 0 or 1, a
     * comma, optionally the second value, and dots.
     */
    private static boolean bareRange(List<Token> tokens, int at) {
        if (at < 1 || at + 5 >= tokens.size() || tokens.get(at).getType() != EqLexer.LETTER
                || tokens.get(at - 1).getType() == EqLexer.UNDERSCORE || tokens.get(at - 1).getType() == EqLexer.CARET
                || tokens.get(at + 1).getType() != EqLexer.EQ || tokens.get(at + 2).getType() != EqLexer.NUMBER
                || !(tokens.get(at + 2).getText().equals("0") || tokens.get(at + 2).getText().equals("1"))
                || tokens.get(at + 3).getType() != EqLexer.COMMA) {
            return false;
        }
        int dots = at + 4;
        if (tokens.get(dots).getType() == EqLexer.NUMBER && dots + 2 < tokens.size()
                && tokens.get(dots + 1).getType() == EqLexer.COMMA) {
            dots += 2;
        }
        return tokens.get(dots).getType() == EqLexer.COMMAND
                && java.util.Set.of("\\dots", "\\ldots", "\\cdots", "\\dotsc").contains(tokens.get(dots).getText());
    }

    /**
     * {@code , \;\;\;\;\; \epsilon \sim \mathcal{N}(0, \sigma)} (OpenAI Spinning Up's TD3 and SAC), {@code \quad
     * \xi \sim \mathcal{N}(0, I)}: after the right-hand side, set apart by a comma or a wide space, names (a comma
     * list) followed by {@code \sim} and what they are drawn from, and nothing else: a statement of how inputs are
     * sampled, a prose tail (W0130). Was E0103 on the whole statement.
     */
    private boolean samplingTail(List<Token> tokens, int at) {
        if (at < 1 || !(tokens.get(at - 1).getType() == EqLexer.COMMA || wideSpaceBefore(tokens, at))) {
            return false;
        }
        int depth = 0;
        int sim = -1;
        for (int i = at; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (isOpener(type)) {
                depth++;
            } else if (isCloser(type)) {
                depth--;
            } else if (depth == 0 && (isDefinitionSign(type) || isRelationSign(type) && type != EqLexer.RELATED)) {
                return false;
            } else if (depth == 0 && type == EqLexer.RELATED) {
                if (sim >= 0 || !tokens.get(i).getText().equals("\\sim")) {
                    return false;
                }
                sim = i;
            }
            if (depth < 0) {
                return false;
            }
        }
        return sim > at && sim + 1 < tokens.size();
    }

    /**
     * {@code \quad j \in (1, \ldots, n)} (Pointer networks), {@code \quad i \in \{1, \dots, n\}}, {@code \quad j \in
     * [1, k]}: a range stated as membership after a wide space, without {@code \text{for}}: an index letter,
     * {@code \in}, a bracket, 0 or 1 and a comma. Before, the letter stayed in the right-hand side as a factor
     * ({@code v^\top \tanh(…) \cdot j}) and only the {@code \in …} was skipped.
     */
    private static boolean bareMembership(List<Token> tokens, int at) {
        if (at < 1 || at + 4 >= tokens.size() || tokens.get(at).getType() != EqLexer.LETTER
                || tokens.get(at - 1).getType() == EqLexer.UNDERSCORE || tokens.get(at - 1).getType() == EqLexer.CARET
                || tokens.get(at + 1).getType() != EqLexer.IN) {
            return false;
        }
        int open = tokens.get(at + 2).getType();
        return (open == EqLexer.LPAREN || open == EqLexer.LBRACK || open == EqLexer.LBRACE_LIT)
                && tokens.get(at + 3).getType() == EqLexer.NUMBER
                && (tokens.get(at + 3).getText().equals("0") || tokens.get(at + 3).getText().equals("1"))
                && tokens.get(at + 4).getType() == EqLexer.COMMA;
    }

    /**
     * {@code \quad 1 \le j \le N}, {@code , \; 0 \le i < n} (Rabiner's recursions): a range written as two comparisons
     * around an index letter, 0 or 1 first, after the right-hand side.
     */
    private static boolean betweenRange(List<Token> tokens, int at) {
        if (at < 1 || at + 4 >= tokens.size() || tokens.get(at).getType() != EqLexer.NUMBER
                || !(tokens.get(at).getText().equals("0") || tokens.get(at).getText().equals("1"))) {
            return false;
        }
        return upward(tokens.get(at + 1).getType()) && tokens.get(at + 2).getType() == EqLexer.LETTER
                && upward(tokens.get(at + 3).getType());
    }

    private static boolean upward(int type) {
        return type == EqLexer.LE || type == EqLexer.LT;
    }

    /**
     * The last letter of a list of letters {@code m, n} at {@code at} (KERPLE's {@code \quad m, n = 1, \dots, L},
     * one range for every letter), or {@code at} when no comma and letter follow it.
     */
    private static int listEnd(List<Token> tokens, int at) {
        while (at + 2 < tokens.size() && tokens.get(at).getType() == EqLexer.LETTER
                && tokens.get(at + 1).getType() == EqLexer.COMMA && tokens.get(at + 2).getType() == EqLexer.LETTER) {
            at += 2;
        }
        return at;
    }

    /**
     * The first letter of the list of letters {@code at} ends, set apart by a wide space ({@code \quad m, n = …}),
     * or {@code at} itself: {@code n} there is not a range of its own.
     */
    private int listStart(List<Token> tokens, int at) {
        int start = at;
        while (start >= 2 && tokens.get(start - 1).getType() == EqLexer.COMMA
                && tokens.get(start - 2).getType() == EqLexer.LETTER) {
            start -= 2;
        }
        return start != at && wideSpaceBefore(tokens, start) && listEnd(tokens, start) == at ? start : at;
    }

    /**
     * CS229's {@code \theta_j := … \quad (\text{for every } j)}: a prose condition in parentheses that ends the
     * statement is a tail like the same words without them (was the product of an undeclared {@code \text{for every }}
     * and {@code j}).
     */
    private boolean proseInParentheses(List<Token> tokens, int at) {
        if (tokens.get(at).getType() != EqLexer.LPAREN || at + 1 >= tokens.size()
                || tokens.get(at + 1).getType() != EqLexer.TEXTNAME || proseWord(tokens, at + 1) == null) {
            return false;
        }
        int end = tokens.size();
        while (end > at && isTailPunctuation(tokens.get(end - 1).getType())) {
            end--;
        }
        int depth = 0;
        for (int i = at; i < end; i++) {
            int type = tokens.get(i).getType();
            if (isOpener(type)) {
                depth++;
            } else if (isCloser(type) && --depth == 0) {
                return i == end - 1 && type == EqLexer.RPAREN;
            }
        }
        return false;
    }

    /** The prose of {@code \text{…}} at {@code at} if it starts a condition, else null. */
    private String proseWord(List<Token> tokens, int at) {
        String name = tokens.get(at).getText();
        if (!(name.startsWith("\\text") || name.equals("\\mbox"))
                || at + 1 >= tokens.size() || tokens.get(at + 1).getType() != EqLexer.LBRACE) {
            return null;
        }
        int close = at + 2;
        while (close < tokens.size() && tokens.get(close).getType() != EqLexer.RBRACE) {
            close++;
        }
        if (close >= tokens.size()) {
            return null;
        }
        int start = tokens.get(at + 1).getStopIndex() + 1;
        int end = tokens.get(close).getStartIndex();
        // \text{ ;where } (Lilian Weng's posts): punctuation before the word belongs to the sentence before it.
        String content = start <= end ? source.text().substring(start, end).strip().replaceAll("\\s+", " ")
                .replaceFirst("^[;,:]\\s*", "") : "";
        return PROSE.matcher(content).matches() ? content : null;
    }

    private StatementTokens.Tail tail(List<Token> tokens) {
        Token first = tokens.get(0);
        Span span = span(first).to(span(tokens.get(tokens.size() - 1)));
        if (first.getType() == EqLexer.LPAREN && tokens.size() > 2) {
            // (\text{for every } j): the words inside the parentheses
            StatementTokens.Tail inner = tail(tokens.subList(1, tokens.size() - 1));
            return new StatementTokens.Tail(inner.word(), span, inner.tokens());
        }
        if (first.getType() == EqLexer.COMMAND) {
            return new StatementTokens.Tail("for all", span, tokens.subList(1, tokens.size()));
        }
        String word = proseWord(tokens, 0);
        if (word == null) {
            return new StatementTokens.Tail("for", span, tokens);   // i = 1, \dots, n written bare
        }
        int close = 2;
        while (tokens.get(close).getType() != EqLexer.RBRACE) {
            close++;
        }
        return new StatementTokens.Tail(word, span, tokens.subList(close + 1, tokens.size()));
    }

    /** {@code tokens} without the commas, full stops and semicolons that end it. */
    private static List<Token> withoutTrailingPunctuation(List<Token> tokens) {
        int end = tokens.size();
        while (end > 0 && isTailPunctuation(tokens.get(end - 1).getType())) {
            end--;
        }
        return new ArrayList<>(tokens.subList(0, end));
    }

    private static boolean isTailPunctuation(int type) {
        return type == EqLexer.COMMA || type == EqLexer.DOT || type == EqLexer.SEMI;
    }

    private static boolean isTrailingPunctuation(int type) {
        return type == EqLexer.COMMA || type == EqLexer.DOT || type == EqLexer.QUESTION;
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

    /** The sizing command that closes what {@code opening} opened: {@code \left} → {@code \right}, {@code \bigl} → {@code \bigr}. */
    private static String closingSize(String opening) {
        if (opening.equals("\\left")) {
            return "\\right";
        }
        return opening.endsWith("l") ? opening.substring(0, opening.length() - 1) + "r" : opening;
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

    /** A token's span as written: an opening delimiter's includes its {@code \left} or {@code \bigl}. */
    static Span span(Token t) {
        int start = SizedDelimiters.start(t);
        return new Span(start, Math.max(start, t.getStopIndex() + 1));
    }
}
