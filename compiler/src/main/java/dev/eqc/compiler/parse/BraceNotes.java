package dev.eqc.compiler.parse;

import dev.eqc.grammar.EqLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Grad-CAM's {@code \alpha_k^c = \overbrace{\frac{1}{Z} \sum_i \sum_j}^{\text{global average pooling}}
 * (under-braced) \frac{\partial y^c}{\partial A_{ij}^k}}: a brace note whose body ends
 * with a sum or product that has no summand inside it annotates the operator only; its summand follows the note.
 * The note's command, its braces and its label are dropped from the tokens, so the operator takes the rest of the
 * product as its body, as it would without the note (the label is commentary either way). Was E0102 (an operator
 * with nothing to sum). Other notes are kept: the grammar reads them as their body.
 */
final class BraceNotes {
    private BraceNotes() {}

    static List<Token> openOperators(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() != EqLexer.BRACE_NOTE || i + 1 >= tokens.size() || tokens.get(i + 1).getType() != EqLexer.LBRACE) {
                continue;
            }
            int close = matching(tokens, i + 1);
            if (close < 0 || !endsWithOpenOperator(tokens, i + 2, close)) {
                continue;
            }
            int end = close + 1;
            if (end < tokens.size() && (tokens.get(end).getType() == EqLexer.CARET
                    || tokens.get(end).getType() == EqLexer.UNDERSCORE)) {
                end = end + 1 < tokens.size() && tokens.get(end + 1).getType() == EqLexer.LBRACE
                        ? matching(tokens, end + 1) + 1 : end + 2;
                if (end <= 0 || end > tokens.size()) {
                    continue;
                }
            }
            List<Token> out = new ArrayList<>(tokens.subList(0, i));
            out.addAll(tokens.subList(i + 2, close));
            out.addAll(openOperators(tokens.subList(end, tokens.size())));
            return out;
        }
        return tokens;
    }

    private static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            int type = tokens.get(k).getType();
            if (type == EqLexer.LBRACE) {
                depth++;
            } else if (type == EqLexer.RBRACE && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the tokens {@code [from, to)} end with {@code \sum} or {@code \prod} and its scripts only. */
    private static boolean endsWithOpenOperator(List<Token> tokens, int from, int to) {
        int k = from;
        int lastOperator = -1;
        int depth = 0;
        for (; k < to; k++) {
            Token t = tokens.get(k);
            if (t.getType() == EqLexer.LBRACE) {
                depth++;
            } else if (t.getType() == EqLexer.RBRACE) {
                depth--;
            } else if (depth == 0 && (t.getText().equals("\\sum") || t.getText().equals("\\prod"))) {
                lastOperator = k;
            }
        }
        if (lastOperator < 0) {
            return false;
        }
        k = lastOperator + 1;
        while (k < to) {
            int type = tokens.get(k).getType();
            if (type != EqLexer.CARET && type != EqLexer.UNDERSCORE || k + 1 >= to) {
                return false;
            }
            k = tokens.get(k + 1).getType() == EqLexer.LBRACE ? matching(tokens, k + 1) + 1 : k + 2;
            if (k <= 0) {
                return false;
            }
        }
        return true;
    }
}
