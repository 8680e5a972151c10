package dev.eqc.compiler.parse;

import dev.eqc.grammar.EqLexer;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;

/**
 * {@code \begin{array} … \end{array}} with no column specification around rows of equations, as some books stack a
 * system (Machine Learning Refined's {@code \begin{array} \ g_1(w_1,w_2) = w_1^2 \\ g_2(w_1,w_2) = w_2^2 \end{array}}):
 * a wrapper like {@code aligned}, its rows statements of their own. Was E0004 (unsupported environment). An array with
 * a column specification ({@code \begin{array}{cc}}) stays a matrix, and {@code \left\{ \begin{array}{ll}} cases.
 */
final class PlainArrays {
    private PlainArrays() {}

    static void asWrappers(List<? extends Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Token begin = tokens.get(k);
            if (begin.getType() != EqLexer.ENV_BEGIN || !begin.getText().replaceAll("\\s+", "").equals("\\begin{array}")) {
                continue;
            }
            int depth = 0;
            for (int j = k + 1; j < tokens.size(); j++) {
                Token t = tokens.get(j);
                if (t.getType() == EqLexer.MATRIX_BEGIN || t.getType() == EqLexer.ENV_BEGIN
                        && t.getText().replaceAll("\\s+", "").equals("\\begin{array}")) {
                    depth++;
                } else if (t.getType() == EqLexer.MATRIX_END) {
                    if (depth > 0) {
                        depth--;
                        continue;
                    }
                    if (t.getText().replaceAll("\\s+", "").equals("\\end{array}") && holdsEquations(tokens, k + 1, j)
                            && begin instanceof WritableToken b && t instanceof WritableToken e) {
                        b.setType(EqLexer.WRAPPER_ENV);
                        b.setChannel(Token.HIDDEN_CHANNEL);
                        e.setType(EqLexer.WRAPPER_ENV);
                        e.setChannel(Token.HIDDEN_CHANNEL);
                    }
                    break;
                }
            }
        }
    }

    /**
     * Whether the block between {@code from} and {@code to} holds equations: a defining sign somewhere outside nested
     * environments, and no {@code &} there. An array of values without a column specification ({@code \\begin{array}
     * 1 & 2 \\\\ 3 & 4}, {@code \\begin{array} x_1 \\\\ x_2}) is no stack of equations; it stays E0004, rather than
     * its rows being read as products of their cells or as statements of their own.
     */
    private static boolean holdsEquations(List<? extends Token> tokens, int from, int to) {
        int depth = 0;
        boolean sign = false;
        for (int j = from; j < to; j++) {
            Token t = tokens.get(j);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            int type = t.getType();
            if (type == EqLexer.MATRIX_BEGIN || type == EqLexer.CASES_BEGIN || type == EqLexer.ENV_BEGIN) {
                depth++;
            } else if (type == EqLexer.MATRIX_END || type == EqLexer.CASES_END || type == EqLexer.ENV_END) {
                depth--;
            } else if (depth == 0 && type == EqLexer.AMP) {
                return false;
            } else if (depth == 0) {
                sign |= type == EqLexer.EQ || type == EqLexer.DEFINE_SIGN || type == EqLexer.ASSIGN;
            }
        }
        return sign;
    }
}
