package dev.eqc.compiler.parse;

import dev.eqc.grammar.EqLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The normalised spelling of a script, used to identify names: {@code _k}, {@code _{k}} and
 * {@code _{\mathrm{k}}} all give {@code k}; {@code _{t - 1}} gives {@code t-1}.
 */
final class ScriptKey {
    private ScriptKey() {}

    /** The key of a braced script (the braces themselves are left out). */
    static String ofGroup(ParseTree group) {
        List<Token> tokens = new ArrayList<>();
        collect(group, tokens);
        if (tokens.size() >= 2) {
            tokens = tokens.subList(1, tokens.size() - 1);
        }
        return join(tokens);
    }

    /** The key of an unbraced single-atom script. */
    static String of(ParseTree atom) {
        List<Token> tokens = new ArrayList<>();
        collect(atom, tokens);
        return join(tokens);
    }

    private static String join(List<Token> tokens) {
        StringBuilder key = new StringBuilder();
        for (Token t : tokens) {
            int type = t.getType();
            if (type == EqLexer.TEXTNAME || type == EqLexer.STYLE || type == EqLexer.LBRACE || type == EqLexer.RBRACE) {
                continue;
            }
            if (key.length() > 0 && t.getText().matches("[a-zA-Z0-9].*")
                    && key.charAt(key.length() - 1) != '\\' && endsWithCommand(key)) {
                key.append(' ');
            }
            key.append(t.getText());
        }
        return key.toString();
    }

    private static boolean endsWithCommand(StringBuilder key) {
        int i = key.length() - 1;
        while (i >= 0 && Character.isLetter(key.charAt(i))) {
            i--;
        }
        return i >= 0 && i < key.length() - 1 && key.charAt(i) == '\\';
    }

    private static void collect(ParseTree tree, List<Token> out) {
        if (tree instanceof TerminalNode n) {
            if (n.getSymbol().getType() != Token.EOF) {
                out.add(n.getSymbol());
            }
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            collect(tree.getChild(i), out);
        }
    }
}
