package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Subscripts that are sums of index letters and whole numbers (docs/LANGUAGE.md, Indexes and ranges):
 * {@code x_{t-1}}, {@code x_{i+m}}, {@code \delta_{t+l}}, {@code R_{t+k+1}}, {@code W_{i, j+1}}. Each item is
 * a sum of letters, each with sign +1 or -1, plus an offset; at least one item is more than one letter, so a
 * plain {@code x_{ij}} is never one. Whether the letters are indices (then the name is read at a computed
 * position) or a time step ({@code m_{t-1}}, part of a name) is decided by the reader: only a name whose base
 * is a tensor ({@code x} declared) is read at a position.
 */
final class OffsetSubscript {
    /** One item: {@code sum(sign * letter) + offset}; {@code letters} keeps the order written. */
    record Item(Map<String, Integer> letters, int offset, Span span) {
        boolean plain() {
            return offset == 0 && letters.size() == 1 && letters.values().iterator().next() == 1;
        }

        String letter() {
            return letters.keySet().iterator().next();
        }
    }

    private OffsetSubscript() {}

    /** The items, or null when the subscript is not such a sum or is a plain list of letters. */
    static List<Item> of(Script sub) {
        if (sub == null) {
            return null;
        }
        List<Item> out = new ArrayList<>();
        boolean shifted = false;
        for (Expr e : sub.items()) {
            Map<String, Integer> letters = new LinkedHashMap<>();
            int[] offset = {0};
            if (!collect(e, 1, letters, offset) || letters.isEmpty() || letters.containsValue(0)) {
                return null;
            }
            Item item = new Item(letters, offset[0], e.span());
            shifted |= !item.plain();
            out.add(item);
        }
        return shifted ? out : null;
    }

    private static boolean collect(Expr e, int sign, Map<String, Integer> letters, int[] offset) {
        if (e instanceof Expr.Num n) {
            double v = n.value();
            if (v != Math.rint(v) || Math.abs(v) > 1_000_000) {
                return false;
            }
            offset[0] += sign * (int) v;
            return true;
        }
        if (e instanceof Expr.Sym s && s.sub() == null && s.sup() == null && s.accent() == null
                && (s.kind() == SymKind.LETTERS && s.base().length() == 1
                || s.kind() == SymKind.COMMAND && GreekLetters.isLetter(s.base()))) {
            letters.merge(s.base() + "'".repeat(s.primes()), sign, Integer::sum);
            return true;
        }
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB)) {
            return collect(b.left(), sign, letters, offset)
                    && collect(b.right(), b.op() == BinaryOp.ADD ? sign : -sign, letters, offset);
        }
        return false;
    }

    /** Every letter of the items. */
    static List<String> letters(List<Item> items) {
        List<String> out = new ArrayList<>();
        for (Item i : items) {
            for (String l : i.letters().keySet()) {
                if (!out.contains(l)) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    /** The name without its subscript ({@code \delta^V} of {@code \delta_{t+l}^V}), as a key. */
    static String baseKey(Expr.Sym s) {
        return NameKeys.full(s.withScripts(s.span(), null, s.sup(), s.primes()));
    }
}
