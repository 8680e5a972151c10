package dev.eqc.compiler.parse;

import dev.eqc.grammar.EqLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The word that joins two conditions of a {@code cases} row: {@code 0 & \text{if } |i - j| \le w d
 * \text{ and } (i - j) \bmod d = 0} (Longformer's dilated window). Inside a row's condition (after its
 * {@code &}) a {@code \text{and}} (any text command, any spacing), {@code \land} or {@code \wedge} becomes one
 * comma, the separator of conditions that must all hold; everywhere else it is left as written.
 */
final class ConditionWords {
    private ConditionWords() {}

    static List<Token> rewrite(List<Token> tokens, String text) {
        List<Token> out = null;
        int depth = 0;
        boolean condition = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            switch (t.getType()) {
                case EqLexer.CASES_BEGIN -> {
                    depth++;
                    condition = false;
                }
                case EqLexer.CASES_END -> {
                    depth = Math.max(0, depth - 1);
                    condition = false;
                }
                case EqLexer.ROWSEP -> condition = false;
                case EqLexer.AMP -> condition = depth > 0;
                case EqLexer.DOT -> {
                    // `(1 - \epsilon) A & A < 0.` (Spinning Up's PPO): the period that ends the sentence at the end
                    // of a row is punctuation, not the placeholder `\cdot` juxtaposed with the 0 before it.
                    if (depth > 0 && i + 1 < tokens.size() && (tokens.get(i + 1).getType() == EqLexer.ROWSEP
                            || tokens.get(i + 1).getType() == EqLexer.CASES_END)) {
                        if (out == null) {
                            out = new ArrayList<>(tokens);
                        }
                        out.set(i, null);
                    }
                }
                default -> {
                    if (!condition) {
                        continue;
                    }
                    int end = joiningWord(tokens, i, text);
                    if (end < 0) {
                        continue;
                    }
                    if (out == null) {
                        out = new ArrayList<>(tokens);
                    }
                    CommonToken comma = new CommonToken(t);
                    comma.setType(EqLexer.COMMA);
                    comma.setStopIndex(tokens.get(end).getStopIndex());
                    comma.setText(text.substring(t.getStartIndex(), tokens.get(end).getStopIndex() + 1));
                    out.set(i, comma);
                    for (int k = i + 1; k <= end; k++) {
                        out.set(k, null);
                    }
                    i = end;
                }
            }
        }
        if (out == null) {
            return tokens;
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /** The last token of {@code \text{ and }}, {@code \land} or {@code \wedge} starting at {@code i}, or -1. */
    private static int joiningWord(List<Token> tokens, int i, String text) {
        Token t = tokens.get(i);
        if (t.getType() == EqLexer.COMMAND && (t.getText().equals("\\land") || t.getText().equals("\\wedge"))) {
            return i;
        }
        if (t.getType() != EqLexer.TEXTNAME || i + 1 >= tokens.size() || tokens.get(i + 1).getType() != EqLexer.LBRACE) {
            return -1;
        }
        for (int k = i + 2; k < tokens.size(); k++) {
            if (tokens.get(k).getType() == EqLexer.RBRACE) {
                String word = text.substring(tokens.get(i + 1).getStartIndex() + 1, tokens.get(k).getStartIndex());
                return word.replace("~", " ").replace("\\ ", " ").trim().toLowerCase(Locale.ROOT).equals("and") ? k : -1;
            }
            if (tokens.get(k).getType() == EqLexer.LBRACE) {
                return -1;
            }
        }
        return -1;
    }
}
