package dev.eqc.compiler.parse;

import dev.eqc.grammar.EqLexer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * A {@code |} followed by a subscript is either the end of an absolute value with a subscript
 * ({@code |\beta|_1}, the 1-norm) or the restriction bar of "evaluated at" ({@code f(x)|_{x=0}}).
 * The grammar cannot tell them apart: in {@code |\beta|_1 + 0.7|\beta|_2^2} it read
 * {@code \beta|_1} as a restriction and the next {@code |} as the closing bar, so the whole sum
 * became one absolute value. Counting decides: a bar with an odd number of plain bars before it in
 * its bracket group closes one, and becomes {@link EqLexer#ABS_CLOSE}, which only an absolute value
 * accepts.
 */
final class AbsoluteValueBars {
    private AbsoluteValueBars() {}

    static List<Token> rewrite(List<Token> tokens) {
        List<Token> out = null;
        Deque<int[]> bars = new ArrayDeque<>();
        bars.push(new int[1]);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token == null) {
                continue;
            }
            switch (token.getType()) {
                case EqLexer.LPAREN, EqLexer.LBRACK, EqLexer.LBRACE, EqLexer.LBRACE_LIT, EqLexer.LANGLE,
                        EqLexer.LFLOOR, EqLexer.LCEIL -> bars.push(new int[1]);
                case EqLexer.RPAREN, EqLexer.RBRACK, EqLexer.RBRACE, EqLexer.RBRACE_LIT, EqLexer.RANGLE,
                        EqLexer.RFLOOR, EqLexer.RCEIL -> {
                    if (bars.size() > 1) {
                        bars.pop();
                    }
                }
                case EqLexer.BAR -> {
                    int[] count = bars.peek();
                    // |a| \cdot |b|: a bar before `\cdot` after an odd count closes one too (`\cdot` cannot start
                    // the right side of a conditional bar that ends at the next `|`).
                    if (count[0] % 2 == 1 && (next(tokens, i) == EqLexer.UNDERSCORE || next(tokens, i) == EqLexer.CDOT)) {
                        if (out == null) {
                            out = new ArrayList<>(tokens);
                        }
                        CommonToken close = new CommonToken(token);
                        close.setType(EqLexer.ABS_CLOSE);
                        out.set(i, close);
                    }
                    count[0]++;
                }
                default -> { }
            }
        }
        return out == null ? tokens : out;
    }

    private static int next(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            if (tokens.get(j) != null) {
                return tokens.get(j).getType();
            }
        }
        return Token.EOF;
    }
}
