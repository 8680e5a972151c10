package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.UnaryOp;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a bracket list with dots whose items are numbers and sizes, {@code [-(i-1), \ldots, -1, 0]}
 * (ALiBi's bias) or {@code [1, 2, \ldots, d/2]}, as the arithmetic sequence it prints: from its first
 * item to its last, by the step two neighbouring items show (1 when no two are written side by
 * side), so its length is implied ({@code i}, {@code d/2}). Every written item must sit on the
 * sequence. The reading is warned (W0180), naming the step and the length.
 *
 * <p>Reports: items off the sequence or a length that is not a whole size (E0182), and a length that
 * changes with an index in scope, as ALiBi's row {@code i} of a causal bias (E0183).
 */
final class ArithmeticLists {
    static final Set<String> DOTS = Set.of("\\dots", "\\ldots", "\\cdots");

    private final BodyResolver body;

    ArithmeticLists(BodyResolver body) {
        this.body = body;
    }

    /** Whether {@code g} is a square-bracket list with one run of dots among its items. */
    static boolean isDotted(Expr.Group g) {
        return (g.bracket() == Bracket.SQUARE || g.bracket() == Bracket.PAREN) && g.items().size() >= 3
                && g.items().stream().filter(ArithmeticLists::isDots).count() == 1
                && !isDots(g.items().get(0)) && !isDots(g.items().get(g.items().size() - 1));
    }

    static boolean isDots(Expr e) {
        return e instanceof Expr.Sym s && s.kind() == dev.eqc.compiler.ast.SymKind.COMMAND && DOTS.contains(s.base())
                && s.bare();
    }

    /** The sequence, or null when its items are not numbers and sizes (the caller reads it otherwise). */
    Term read(Expr.Group g) {
        List<Expr> before = new ArrayList<>();
        List<Expr> after = new ArrayList<>();
        boolean dots = false;
        for (Expr item : g.items()) {
            if (isDots(item)) {
                dots = true;
            } else {
                (dots ? after : before).add(item);
            }
        }
        List<LinearForm> b = new ArrayList<>();
        List<LinearForm> a = new ArrayList<>();
        for (Expr e : before) {
            LinearForm l = linear(e);
            if (l == null) {
                return indexDependent(g, e);
            }
            b.add(l);
        }
        for (Expr e : after) {
            LinearForm l = linear(e);
            if (l == null) {
                return indexDependent(g, e);
            }
            a.add(l);
        }
        Double step = null;
        String stepFrom = "no two neighbouring items are written, so the step is 1";
        if (b.size() >= 2) {
            step = b.get(1).minus(b.get(0)).constant();
            stepFrom = "the step " + number(step == null ? 0 : step) + " of its first two items";
        } else if (a.size() >= 2) {
            step = a.get(1).minus(a.get(0)).constant();
            stepFrom = "the step " + number(step == null ? 0 : step) + " of the items after the dots";
        } else {
            step = 1.0;
        }
        LinearForm first = b.get(0);
        LinearForm last = a.get(a.size() - 1);
        LinearForm count = step == null || step == 0 ? null : last.minus(first).scaled(1 / step).plus(LinearForm.of(1));
        if (count == null || !count.isSize()) {
            return offSequence(g, "the items do not step by one constant amount from `" + source(before.get(0))
                    + "` to `" + source(after.get(after.size() - 1)) + "`");
        }
        for (int k = 0; k < b.size(); k++) {
            if (!b.get(k).equals(first.plus(LinearForm.of(k * step)))) {
                return offSequence(g, "`" + source(before.get(k)) + "` is not on the sequence " + stepFrom + " gives");
            }
        }
        for (int k = 0; k < a.size(); k++) {
            if (!a.get(k).equals(last.minus(LinearForm.of((a.size() - 1 - k) * step)))) {
                return offSequence(g, "`" + source(after.get(k)) + "` is not on the sequence " + stepFrom + " gives");
            }
        }
        Span at = g.span();
        Term length = count.term(at, body);
        Diagnostic.of(Code.W0180, body.file.source, at, "`" + source(g) + "` is read as the arithmetic sequence from `"
                        + source(before.get(0)) + "` to `" + source(after.get(after.size() - 1)) + "` in steps of "
                        + number(step) + ", " + count + " values (" + stepFrom + ")")
                .caret("a vector of " + count + " values")
                .help("write the elements by a definition, like `b_j = j - i` for j = 1, …, i, to state it")
                .report(body.file.diagnostics);
        IndexVar k = new IndexVar("the position in a list", at, new Term.Literal(at, 1.0), length, List.of());
        Term offset = new Term.Arith(at, at, Term.ArithOp.SUB, new Term.IndexValue(at, k), new Term.Literal(at, 1.0));
        Term value = new Term.Arith(at, at, Term.ArithOp.ADD, body.expr(before.get(0)),
                new Term.Arith(at, at, Term.ArithOp.MUL, new Term.Literal(at, step), offset));
        return new Term.Stack(at, List.of(k), value, new Term.Literal(at, 1.0));
    }

    private Term indexDependent(Expr.Group g, Expr item) {
        String index = indexIn(item);
        if (index == null) {
            return null;
        }
        return body.error(Code.E0183, g.span(), "the length of `" + source(g) + "` changes with the index `" + index
                        + "` (one row of a causal bias): a tensor has one shape",
                "make `" + index + "` a size, as ALiBi's `\\mathbf{K} \\in \\mathbb{R}^{" + index + " \\times d}` for"
                        + " one query does, or define the whole bias matrix element by element, like `B_{ij} = j - i`");
    }

    private String indexIn(Expr e) {
        if (e instanceof Expr.Sym s && s.bare() && body.scope.indexVar(NameKeys.full(s)) != null) {
            return NameKeys.full(s);
        }
        for (Expr child : IndexLetters.children(e)) {
            String found = indexIn(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Term offSequence(Expr.Group g, String why) {
        return body.error(Code.E0182, g.span(), "`" + source(g) + "` is not an arithmetic sequence eqc can lay out: "
                + why, "write the first items and the last so that the step and the length follow, like"
                + " `[0, 1, \\ldots, n-1]`");
    }

    private String source(Expr e) {
        return body.file.source.slice(e.span());
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** A number plus whole multiples of sizes, or null. */
    private LinearForm linear(Expr e) {
        if (e instanceof Expr.Num n) {
            return LinearForm.of(n.value());
        }
        if (e instanceof Expr.Sym s && s.bare()) {
            String key = NameKeys.full(s);
            if (body.scope.indexVar(key) == null && (body.names.find(key) instanceof Binding.DimensionName
                    || body.names.find(key) instanceof Binding.DefinedDimension)) {
                return new LinearForm(0, new TreeMap<>(Map.of(key, 1.0)));
            }
            return null;
        }
        if (e instanceof Expr.Group g && g.items().size() == 1 && g.bracket() == Bracket.PAREN) {
            return linear(g.items().get(0));
        }
        if (e instanceof Expr.Unary u) {
            LinearForm x = linear(u.operand());
            return x == null ? null : u.op() == UnaryOp.NEG ? x.scaled(-1) : x;
        }
        if (e instanceof Expr.Frac f) {
            LinearForm num = linear(f.num());
            LinearForm den = linear(f.den());
            return num == null || den == null || den.constant() == null || den.constant() == 0 ? null
                    : num.scaled(1 / den.constant());
        }
        if (e instanceof Expr.Binary bin) {
            LinearForm l = linear(bin.left());
            LinearForm r = linear(bin.right());
            if (l == null || r == null) {
                return null;
            }
            if (bin.op() == BinaryOp.ADD) {
                return l.plus(r);
            }
            if (bin.op() == BinaryOp.SUB) {
                return l.minus(r);
            }
            if (bin.op() == BinaryOp.DIV) {
                return r.constant() == null || r.constant() == 0 ? null : l.scaled(1 / r.constant());
            }
            if (bin.op() == BinaryOp.JUXTAPOSE || bin.op() == BinaryOp.DOT) {
                return l.constant() != null ? r.scaled(l.constant()) : r.constant() != null ? l.scaled(r.constant()) : null;
            }
        }
        return null;
    }
}
