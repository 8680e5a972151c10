package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.source.Span;
import java.util.List;

/**
 * A step, then element indices, in one subscript: Ruder's {@code \theta_{t+1, i} = \theta_{t, i} - …
 * g_{t, i}} with {@code \theta_t} and {@code g_t} vectors is element {@code i} of {@code \theta_t}, and
 * {@code G_{t, ii}} the diagonal entry of the matrix {@code G_t}. The name is the base with the first item
 * ({@code \theta_{t+1}}); the other items are index letters.
 *
 * @param name the name with the step only ({@code \theta_{t+1}})
 * @param latex how that name is printed
 * @param indices the index letters after the step ({@code i}; {@code i, i} for {@code ii})
 * @param indexSpan where those letters are written
 */
record StepSubscript(Expr.Sym name, String latex, List<String> indices, Span indexSpan) {

    /** Whether the step is an expression ({@code t+1}, {@code t-1}), not a letter that could be an index itself. */
    boolean isExpression() {
        return IndexLetters.of(name.sub()) == null;
    }

    /** The split of {@code s}, or null when its subscript is not a step followed by index letters. */
    static StepSubscript of(Expr.Sym s, dev.eqc.compiler.source.SourceFile source) {
        Script sub = s.sub();
        if (sub == null || s.sup() != null || sub.items().size() < 2) {
            return null;
        }
        int comma = sub.key().indexOf(',');
        if (comma <= 0 || sub.key().indexOf('{') >= 0 && sub.key().indexOf('{') < comma) {
            return null;
        }
        Expr first = sub.items().get(0);
        if (IndexLetters.isWhole(first)) {
            return null;   // U_{*,i}: a column slice, not a step
        }
        List<Expr> rest = sub.items().subList(1, sub.items().size());
        Span restSpan = new Span(rest.get(0).span().start(), rest.get(rest.size() - 1).span().end());
        List<String> letters = IndexLetters.of(new Script(restSpan, rest, sub.key().substring(comma + 1)));
        if (letters == null) {
            return null;
        }
        Script step = new Script(first.span(), List.of(first), sub.key().substring(0, comma));
        Expr.Sym name = s.withScripts(new Span(s.span().start(), first.span().end()), step, null, s.primes());
        String base = source.slice(new Span(s.span().start(), sub.span().start() - 1));
        String stepText = source.slice(first.span());
        return new StepSubscript(name, base + "_" + (stepText.length() == 1 ? stepText : "{" + stepText + "}")
                + "'".repeat(s.primes()), letters, restSpan);
    }

    /**
     * The names {@code s} may be an element of, each a split of its subscript into labels, then index letters, the
     * longest name first: EWC's {@code \theta^*_{A,i}} is element {@code i} of {@code \theta^*_A}, N-BEATS's
     * {@code \theta^f_{s,\ell,i}} element {@code i} of {@code \theta^f_{s,\ell}}. Unlike {@link #of}, the name keeps its
     * superscript and may keep several items. Empty when the subscript is no list of items.
     */
    static List<StepSubscript> labelledSplits(Expr.Sym s, dev.eqc.compiler.source.SourceFile source) {
        Script sub = s.sub();
        if (sub == null || sub.items().size() < 2) {
            return List.of();
        }
        List<String> keys = topLevelItems(sub.key());
        if (keys.size() != sub.items().size()) {
            return List.of();
        }
        List<StepSubscript> out = new java.util.ArrayList<>();
        for (int k = sub.items().size() - 1; k >= 1; k--) {
            List<Expr> head = sub.items().subList(0, k);
            if (head.stream().anyMatch(IndexLetters::isWhole)) {
                continue;
            }
            List<Expr> rest = sub.items().subList(k, sub.items().size());
            Span restSpan = new Span(rest.get(0).span().start(), rest.get(rest.size() - 1).span().end());
            List<String> letters = IndexLetters.of(new Script(restSpan, rest, String.join(",", keys.subList(k, keys.size()))));
            if (letters == null) {
                continue;
            }
            Span headSpan = new Span(head.get(0).span().start(), head.get(head.size() - 1).span().end());
            Script labels = new Script(headSpan, head, String.join(",", keys.subList(0, k)));
            Expr.Sym name = s.withScripts(s.span(), labels, s.sup(), s.primes());
            out.add(new StepSubscript(name, source == null ? null : source.slice(s.span()), letters, restSpan));
        }
        return out;
    }

    /** The items of a subscript's key split at its commas outside braces. */
    private static List<String> topLevelItems(String key) {
        List<String> items = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(key.substring(start, i));
                start = i + 1;
            }
        }
        items.add(key.substring(start));
        return items;
    }
}
