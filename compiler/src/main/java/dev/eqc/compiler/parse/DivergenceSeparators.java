package dev.eqc.compiler.parse;

import dev.eqc.grammar.EqLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The bars between the two distributions of a divergence: {@code D_{KL}[q || p]},
 * {@code D_{KL}(P \,\|\, Q)}, {@code D_{JS}\Bigl[P \Bigl|\Bigr| Q\Bigr]},
 * {@code \mbox{KL}\left[P \left|\left|\right.\right. Q\right]}, {@code \mathrm{JSD}(P \parallel Q)}. The lexer drops the sizing commands and the null
 * delimiters, so every spelling reaches here as two adjacent {@code |} tokens or one {@code \|}
 * ({@code \Vert}); at the top level of the bracket group right after a divergence-like name they are
 * the separator of its two arguments, and become one comma: {@code D_{KL}[q, p]}.
 *
 * <p>The separator binds more loosely than every operator inside the group (it splits the group as
 * a comma does). Bars that open or close a norm or an absolute value are left alone: a pair of bars
 * is a separator only after an operand, outside any {@code |…|} or {@code \|…\|} of the group, and only
 * when the group has exactly one such pair ({@code D(a ||x||)} has two readings and is left as written).
 */
final class DivergenceSeparators {
    /** Names that take two distributions: {@code KL}, {@code JS}, … written as a word; {@code D} takes any subscript. */
    private static final Set<String> WORDS = Set.of("KL", "JS", "JSD", "KLD");

    private DivergenceSeparators() {}

    static List<Token> rewrite(List<Token> tokens, String text) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if ((type != EqLexer.LPAREN && type != EqLexer.LBRACK) || !followsDivergence(tokens, i, text)) {
                continue;
            }
            int close = matching(tokens, i);
            if (close < 0) {
                continue;
            }
            int[] sep = separator(tokens, i + 1, close);
            if (sep == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens);
            }
            Token first = tokens.get(sep[0]);
            Token last = tokens.get(sep[1]);
            CommonToken comma = new CommonToken(first);
            comma.setType(EqLexer.COMMA);
            comma.setStopIndex(last.getStopIndex());
            comma.setText(text.substring(first.getStartIndex(), last.getStopIndex() + 1));
            out.set(sep[0], comma);
            if (sep[1] != sep[0]) {
                out.set(sep[1], null);
            }
        }
        if (out == null) {
            return tokens;
        }
        out.removeIf(t -> t == null);
        return out;
    }

    /**
     * The first and last index of the one separator at the top level of the group between {@code from}
     * (inclusive) and {@code close} (exclusive), or null when there is none or more than one.
     */
    private static int[] separator(List<Token> tokens, int from, int close) {
        int[] found = null;
        boolean afterOperand = false;
        boolean inAbs = false;
        boolean inNorm = false;
        for (int k = from; k < close; k++) {
            int type = tokens.get(k).getType();
            if (isOpener(type)) {
                k = matching(tokens, k);
                if (k < 0) {
                    return null;
                }
                afterOperand = true;
                continue;
            }
            if (type == EqLexer.COMMAND && tokens.get(k).getText().equals("\\parallel")) {
                // JSD(P \parallel Q) (Lin; Nielsen): the relation symbol printed between the two distributions.
                if (!afterOperand || found != null) {
                    return null;
                }
                found = new int[] {k, k};
                afterOperand = false;
                continue;
            }
            boolean single = type == EqLexer.BAR || type == EqLexer.VBAR;
            boolean pair = single && k + 1 < close && isBar(tokens.get(k + 1).getType()) && !inAbs;
            if (pair || type == EqLexer.NORM || type == EqLexer.DOUBLE_VBAR) {
                int end = pair ? k + 1 : k;
                if (inNorm) {
                    inNorm = false;
                    afterOperand = true;
                } else if (afterOperand) {
                    if (found != null) {
                        return null;
                    }
                    found = new int[] {k, end};
                    afterOperand = false;
                } else {
                    inNorm = true;
                }
                k = end;
                continue;
            }
            if (single) {
                afterOperand = inAbs;
                inAbs = !inAbs;
                continue;
            }
            afterOperand = isOperandEnd(type);
        }
        return inAbs || inNorm ? null : found;
    }

    private static boolean isBar(int type) {
        return type == EqLexer.BAR || type == EqLexer.VBAR;
    }

    private static boolean isOperandEnd(int type) {
        return type == EqLexer.LETTER || type == EqLexer.NUMBER || type == EqLexer.COMMAND || type == EqLexer.PRIME
                || type == EqLexer.RPAREN || type == EqLexer.RBRACK || type == EqLexer.RBRACE
                || type == EqLexer.RBRACE_LIT || type == EqLexer.RANGLE || type == EqLexer.RFLOOR
                || type == EqLexer.RCEIL || type == EqLexer.MATRIX_END || type == EqLexer.CASES_END
                || type == EqLexer.BANG;
    }

    private static boolean isOpener(int type) {
        return type == EqLexer.LPAREN || type == EqLexer.LBRACK || type == EqLexer.LBRACE
                || type == EqLexer.LBRACE_LIT || type == EqLexer.LANGLE || type == EqLexer.LFLOOR
                || type == EqLexer.LCEIL;
    }

    private static boolean isCloser(int type) {
        return type == EqLexer.RPAREN || type == EqLexer.RBRACK || type == EqLexer.RBRACE
                || type == EqLexer.RBRACE_LIT || type == EqLexer.RANGLE || type == EqLexer.RFLOOR
                || type == EqLexer.RCEIL;
    }

    /** The index of the token closing the group opened at {@code open} (any closer at depth zero), or -1. */
    private static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            int type = tokens.get(k).getType();
            if (isOpener(type)) {
                depth++;
            } else if (isCloser(type) && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the token opening the brace group that {@code close} closes, or -1. */
    private static int matchingBrace(List<Token> tokens, int close) {
        int depth = 0;
        for (int k = close; k >= 0; k--) {
            int type = tokens.get(k).getType();
            if (type == EqLexer.RBRACE) {
                depth++;
            } else if (type == EqLexer.LBRACE && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the group opened at {@code open} follows a divergence-like name: {@code D} in any font with
     * any subscript ({@code D_{KL}}, {@code D_{JS}}, {@code D_w}, {@code \mathrm{D}_{\mathrm{KL}}}, {@code \mathcal{D}}),
     * or the word {@code KL} ({@code JS}, {@code JSD}, {@code KLD}) plain or in {@code \mathrm}, {@code \mbox}, ….
     */
    private static boolean followsDivergence(List<Token> tokens, int open, String text) {
        int j = open - 1;
        if (j < 0) {
            return false;
        }
        boolean subscripted = false;
        int scriptStart = tokens.get(j).getType() == EqLexer.RBRACE ? matchingBrace(tokens, j) : j;
        if (scriptStart >= 1 && tokens.get(scriptStart - 1).getType() == EqLexer.UNDERSCORE
                && (tokens.get(j).getType() == EqLexer.RBRACE || tokens.get(j).getType() == EqLexer.LETTER
                || tokens.get(j).getType() == EqLexer.COMMAND)) {
            subscripted = true;
            j = scriptStart - 2;
        }
        String base = baseName(tokens, j, text);
        if (base == null) {
            return false;
        }
        // A run of letters is a product (x D_{KL}[…] is x times the divergence): its last letter is the name.
        return subscripted ? base.endsWith("D") : base.equals("D") || WORDS.contains(base);
    }

    /** The letters of the name ending at {@code j} ({@code D}, {@code KL}, {@code \mbox{KL}}, {@code \mathcal{D}}), or null. */
    private static String baseName(List<Token> tokens, int j, String text) {
        if (j < 0) {
            return null;
        }
        Token t = tokens.get(j);
        if (t.getType() == EqLexer.RBRACE) {
            int open = matchingBrace(tokens, j);
            if (open < 0) {
                return null;
            }
            // \mbox{KL}, \mathcal{D}, and {\rm KL}: the letters of the group.
            int before = open == 0 ? -1 : tokens.get(open - 1).getType();
            boolean named = before == EqLexer.TEXTNAME || before == EqLexer.FONT || before == EqLexer.STYLE;
            if (!named && (open + 1 >= j || tokens.get(open + 1).getType() != EqLexer.COMMAND
                    && tokens.get(open + 1).getType() != EqLexer.OLD_TEXT)) {
                return null;
            }
            return text.substring(tokens.get(open).getStartIndex() + 1, t.getStartIndex())
                    .replaceAll("\\\\[a-zA-Z]+|[{} ~]", "");
        }
        if (t.getType() == EqLexer.LETTER && j >= 1 && (tokens.get(j - 1).getType() == EqLexer.FONT
                || tokens.get(j - 1).getType() == EqLexer.STYLE)) {
            return t.getText();
        }
        StringBuilder run = new StringBuilder();
        for (int k = j; k >= 0 && tokens.get(k).getType() == EqLexer.LETTER; k--) {
            run.insert(0, tokens.get(k).getText());
        }
        return run.isEmpty() ? null : run.toString();
    }
}
