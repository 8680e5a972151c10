package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Term;
import java.util.List;
import java.util.Map;

/**
 * The range of a left-hand index that indexes nothing plainly and no declaration states
 * (docs/LANGUAGE.md, Indexes and ranges), each with a warning naming it:
 * <ul>
 * <li>{@code y_i = \sum_{m=0}^{k-1} w_m x_{i+m}}: the positions where every term is inside {@code x}, the
 * valid range of a convolution ({@code n - k + 1} values, W0170);</li>
 * <li>{@code A_t = \sum_{l=0}^{\infty} … \delta_{t+l}}: every position of {@code \delta} (W0170);</li>
 * <li>{@code s_i = \sum_{j=i+1}^{n} x_j}: the range of the sum it limits, {@code 1 … n} (W0140).</li>
 * </ul>
 */
final class LeftRanges {
    private final BodyResolver body;
    private final FileScope file;

    LeftRanges(BodyResolver body) {
        this.body = body;
        this.file = body.file;
    }

    /** The index variable for {@code letter}, or null when nothing here decides its range. */
    IndexVar derive(String letter) {
        Expr.Sym[] read = {null};
        OffsetSubscript.Item[] at = {null};
        int[] axis = {0};
        SubscriptForms.walk(body.def.rhs(), e -> {
            if (read[0] == null && e instanceof Expr.Sym s && file.readsAtPosition(s)) {
                List<OffsetSubscript.Item> items = OffsetSubscript.of(s.sub());
                for (int k = 0; k < items.size(); k++) {
                    if (!items.get(k).plain() && items.get(k).letters().containsKey(letter)
                            && items.get(k).letters().get(letter) == 1) {
                        read[0] = s;
                        at[0] = items.get(k);
                        axis[0] = k;
                        return;
                    }
                }
            }
        });
        if (read[0] != null) {
            return fromRead(letter, read[0], at[0], axis[0]);
        }
        return fromLimit(letter);
    }

    private IndexVar fromRead(String letter, Expr.Sym read, OffsetSubscript.Item item, int axis) {
        Span span = body.def.indexSpan();
        Input x = file.input(OffsetSubscript.baseKey(read));
        x = x != null ? x : file.input(NameKeys.base(read));
        String printed = file.source.slice(read.span());
        // The other letters: reductions with a start and a size as upper limit (\sum_{m=0}^{k-1}).
        int least = item.offset();
        Term terms = null;
        for (Map.Entry<String, Integer> e : item.letters().entrySet()) {
            if (e.getKey().equals(letter)) {
                continue;
            }
            Expr.BigOp op = sumOver(e.getKey());
            Double start = op == null ? null : start(op);
            if (op == null || start == null || e.getValue() != 1 || op.operator().sup() == null
                    || !op.operator().sup().isSingle() || !isSize(op.operator().sup().single())) {
                terms = null;
                least = Integer.MIN_VALUE;
                break;
            }
            least += start.intValue();
            // k - 1 for \sum_{m=0}^{k-1}: the last value minus the first.
            Term last = body.expr(op.operator().sup().single());
            Term extra = start.intValue() == 0 ? last
                    : new Term.Arith(span, span, Term.ArithOp.SUB, last, new Term.Literal(span, start));
            terms = terms == null ? extra : new Term.Arith(span, span, Term.ArithOp.ADD, terms, extra);
        }
        if (item.letters().size() == 1 && item.offset() < 0 && onlyReadAt(letter, item.offset())) {
            // e_{ij} = a(s_{i-1}, h_j) (Bahdanau et al.: s_0 … s_{T_y - 1} the previous states of steps 1 … T_y):
            // i runs where the read stays inside, from 1 - offset, so each position of s is read once and none is
            // a zero outside it. Before, i counted from 0 and its first value read s_{-1} = 0.
            int from = -item.offset();
            IndexVar v = body.rangedByShiftedRead(letter, span, new Term.Literal(span, from), body.def.rhs());
            if (v != null) {
                Diagnostic.of(Code.W0170, file.source, span, "`" + letter + "` indexes nothing but `" + printed
                                + "`, so it runs over the positions where that read stays inside, from " + from
                                + ": each position of the axis is read once")
                        .caret("read as " + letter + " = " + from + ", " + (from + 1) + ", …, the length"
                                + (from == 1 ? "" : " + " + (from - 1)))
                        .help("state the range, like `\\quad " + letter + " = " + from + ", \\dots, T`, or declare"
                                + " the result")
                        .report(file.diagnostics);
            }
            return v;
        }
        if (least == Integer.MIN_VALUE || x == null || x.dims() == null || axis >= x.dims().size()
                || item.letters().size() == 1) {
            IndexVar v = body.rangedByShiftedRead(letter, span, null, body.def.rhs());
            if (v != null) {
                Diagnostic.of(Code.W0170, file.source, span, "`" + letter + "` indexes nothing but `" + printed
                                + "`, so it runs over the positions of that axis, counted from 0")
                        .caret("read as " + letter + " = 0, 1, …, the length - 1")
                        .help("state the range, like `\\quad " + letter + " = 0, \\dots, T-1`, or declare the result")
                        .report(file.diagnostics);
            }
            return v;
        }
        int first = least >= 1 ? 1 : 0;
        // Valid positions: letter + (the others' last values) + offset stays inside the axis.
        Term length = x.dims().get(axis).asTerm(span);
        int constant = least - first + 1;   // with the letter from 0: last = length - 1 - terms - (least - first)
        Term upper = new Term.Arith(span, span, Term.ArithOp.SUB, length, terms);
        upper = constant > 0 ? new Term.Arith(span, span, Term.ArithOp.SUB, upper, new Term.Literal(span, constant))
                : constant < 0 ? new Term.Arith(span, span, Term.ArithOp.ADD, upper, new Term.Literal(span, -constant))
                : upper;
        Diagnostic.of(Code.W0170, file.source, span, "`" + letter + "` indexes nothing but `" + printed + "`, so it runs"
                        + " over the positions where every term is inside `" + file.source.slice(
                                new Span(read.span().start(), read.sub().span().start() - 1)) + "` (a valid convolution:"
                        + " the result is shorter)")
                .caret("read as " + letter + " = 0, 1, … while `" + file.source.slice(item.span())
                        + "` stays inside, at every term")
                .help("state the range, like `\\quad " + letter + " = 0, \\dots, n-k`, or declare the result")
                .report(file.diagnostics);
        return new IndexVar(letter, span, new Term.Literal(span, 0.0), upper, List.of());
    }

    /** Whether every read of {@code letter} in the body is at {@code letter + offset} and nothing else uses it. */
    private boolean onlyReadAt(String letter, int offset) {
        return onlyReadAt(body.def.rhs(), letter, offset);
    }

    private static boolean onlyReadAt(Expr e, String letter, int offset) {
        if (e instanceof Expr.Sym s) {
            if (s.bare()) {
                return !s.base().equals(letter);   // used as a number
            }
            if (s.sub() != null) {
                List<OffsetSubscript.Item> items = OffsetSubscript.of(s.sub());
                if (items == null) {
                    return !IndexLetters.mentions(s.sub().items().get(0), letter) && s.sub().items().stream()
                            .noneMatch(x -> IndexLetters.mentions(x, letter));
                }
                for (OffsetSubscript.Item it : items) {
                    if (it.letters().containsKey(letter) && (it.letters().size() != 1 || it.offset() != offset
                            || it.letters().get(letter) != 1)) {
                        return false;
                    }
                }
            }
            return true;
        }
        if (e instanceof Expr.BigOp big && (big.operator().sub() != null && big.operator().sub().items().stream()
                .anyMatch(x -> IndexLetters.mentions(x, letter)) || big.operator().sup() != null
                && big.operator().sup().items().stream().anyMatch(x -> IndexLetters.mentions(x, letter)))) {
            return false;
        }
        for (Expr c : IndexLetters.children(e)) {
            if (!onlyReadAt(c, letter, offset)) {
                return false;
            }
        }
        return true;
    }

    /** {@code s_i = \sum_{j=i+1}^{n} x_j}: i runs like j, over the sum's range. */
    private IndexVar fromLimit(String letter) {
        Expr.BigOp[] found = {null};
        SubscriptForms.walk(body.def.rhs(), e -> {
            if (found[0] == null && e instanceof Expr.BigOp b && b.operator().sub() != null
                    && b.operator().sub().isSingle() && b.operator().sub().single() instanceof Expr.Relation rel
                    && rel.op() == RelOp.EQ && b.operator().sup() != null && b.operator().sup().isSingle()
                    && isSize(b.operator().sup().single())) {
                Script probe = new Script(rel.right().span(), List.of(rel.right()), "");
                List<OffsetSubscript.Item> items = OffsetSubscript.of(probe);
                if (items != null && items.get(0).letters().size() == 1 && items.get(0).letters().containsKey(letter)
                        || rel.right() instanceof Expr.Sym s && s.bare() && s.base().equals(letter)) {
                    found[0] = b;
                }
            }
        });
        if (found[0] == null) {
            return null;
        }
        Span span = body.def.indexSpan();
        Expr last = found[0].operator().sup().single();
        Term upper = body.expr(last);
        // Sutton & Barto's G_t = \sum_{k=t}^{T-1} …: a last value written one below a size counts from 0, 0 … T-1, as
        // the steps of the T rewards do (it was 1 … T-1, one step short of the rewards, E0304).
        int first = last instanceof Expr.Binary minus && minus.op() == dev.eqc.compiler.ast.BinaryOp.SUB
                && minus.right() instanceof Expr.Num one && one.text().equals("1") ? 0 : 1;
        Diagnostic.of(Code.W0140, file.source, span, "`" + letter + "` indexes nothing and no range is written; it runs"
                        + " over the range of the sum it limits, " + first + " … " + file.source.slice(last.span()))
                .caret("read as " + letter + " = " + first + ", " + (first + 1) + ", …, " + file.source.slice(last.span()))
                .help("state the range, like `\\quad " + letter + " = " + first + ", \\dots, " + (first == 0 ? "n-1" : "n")
                        + "`, or declare the result")
                .report(file.diagnostics);
        return new IndexVar(letter, span, first == 1 ? new Term.Literal(span, 1.0) : null, upper, List.of());
    }

    /** The big operator in the body whose index is {@code name}, or null. */
    private Expr.BigOp sumOver(String name) {
        Expr.BigOp[] found = {null};
        SubscriptForms.walk(body.def.rhs(), e -> {
            if (found[0] == null && e instanceof Expr.BigOp b && b.operator().sub() != null
                    && b.operator().sub().isSingle() && b.operator().sub().single() instanceof Expr.Relation rel
                    && rel.op() == RelOp.EQ && rel.left() instanceof Expr.Sym v && v.sub() == null && v.sup() == null
                    && (v.base() + "'".repeat(v.primes())).equals(name)) {
                found[0] = b;
            }
        });
        return found[0];
    }

    private static Double start(Expr.BigOp op) {
        Expr right = ((Expr.Relation) op.operator().sub().single()).right();
        return right instanceof Expr.Num n && (n.value() == 0.0 || n.value() == 1.0) ? n.value() : null;
    }

    /**
     * A size: a number, a dimension, or an expression of them with no index letter of this definition and no letter a
     * big operator of the body binds (Retrace's {@code \prod_{i=t+1}^{s}} inside {@code \sum_{s \ge t}}: {@code s}
     * is the outer sum's index, no size; it was taken for one, and t's range was 1 … s, E0103).
     */
    private boolean isSize(Expr e) {
        java.util.Set<String> bound = new java.util.HashSet<>();
        SubscriptForms.walk(body.def.rhs(), n -> {
            if (n instanceof Expr.BigOp b && b.operator().sub() != null) {
                for (Expr under : b.operator().sub().items()) {
                    Expr v = under instanceof Expr.Relation r ? r.left() : under;
                    if (v instanceof Expr.Sym sym && sym.bare() && sym.kind() == SymKind.LETTERS) {
                        bound.add(sym.base());
                    }
                }
            }
        });
        boolean[] letter = {false};
        SubscriptForms.walk(e, n -> letter[0] |= n instanceof Expr.Sym s && s.bare() && s.kind() == SymKind.LETTERS
                && (body.def.indexLetters().contains(s.base()) || bound.contains(s.base())));
        return !letter[0] && !(e instanceof Expr.Sym s && s.kind() == SymKind.COMMAND && s.base().equals("\\infty"));
    }
}
