package dev.eqc.compiler.parse;

import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.source.Span;
import dev.eqc.grammar.EqParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Finds {@code x^2^3} and {@code x_i_j}: a second superscript (or subscript) on a base that
 * already has one. LaTeX rejects both ("Double superscript"), and which power or index was
 * meant cannot be told, so each is an error (E0006) whose help shows the two braced readings,
 * never a silent choice. A prime does not count ({@code x'^2} is fine, as in LaTeX).
 */
final class DoubleScripts {
    private DoubleScripts() {}

    /** Reports every double script in the statement; true when there was none. */
    static boolean check(EqParser.StatementContext tree, SourceFile source, Diagnostics diagnostics) {
        boolean[] ok = {true};
        walk(tree, source, diagnostics, ok);
        return ok[0];
    }

    private static void walk(ParseTree node, SourceFile source, Diagnostics diagnostics, boolean[] ok) {
        if (node instanceof EqParser.PostfixContext p) {
            boolean sup = false;
            boolean sub = false;
            for (EqParser.SuffixContext suffix : p.suffix()) {
                boolean isSup = suffix instanceof EqParser.SuperscriptSuffixContext;
                boolean isSub = suffix instanceof EqParser.SubscriptSuffixContext;
                if ((isSup && sup) || (isSub && sub)) {
                    int at = p.suffix().indexOf(suffix);
                    boolean adjacent = p.suffix().get(at - 1).getClass() == suffix.getClass();
                    report(p, suffix, isSup, adjacent, source, diagnostics);
                    ok[0] = false;
                    break;
                }
                sup |= isSup;
                sub |= isSub;
            }
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            walk(node.getChild(i), source, diagnostics, ok);
        }
    }

    private static void report(EqParser.PostfixContext p, EqParser.SuffixContext second, boolean sup, boolean adjacent,
            SourceFile source, Diagnostics diagnostics) {
        Span whole = span(p);
        String text = source.slice(whole);
        String mark = sup ? "^" : "_";
        int cut = source.slice(new Span(whole.start(), span(second).start())).length();
        String head = text.substring(0, cut);
        String tail = text.substring(cut + 1);
        Diagnostic.of(Code.E0006, source, span(second), "double " + (sup ? "superscript" : "subscript") + ": `" + text
                        + "` has two " + (sup ? "superscripts" : "subscripts") + " on one base, which LaTeX rejects")
                .caret("second " + (sup ? "superscript" : "subscript"))
                .help(adjacent
                        ? "add braces to say which is meant: `{" + head + "}" + mark + tail + "` or `"
                                + head.substring(0, head.lastIndexOf(mark) + 1) + "{"
                                + head.substring(head.lastIndexOf(mark) + 1) + mark + tail + "}`"
                        : "add braces if the second applies to the whole: `{" + head + "}" + mark + tail + "`")
                .report(diagnostics);
    }

    private static Span span(ParserRuleContext c) {
        int start = Math.max(0, c.getStart().getStartIndex());
        return new Span(start, Math.max(start, c.getStop().getStopIndex() + 1));
    }
}
