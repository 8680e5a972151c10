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
        List<Linear> b = new ArrayList<>();
        List<Linear> a = new ArrayList<>();
        for (Expr e : before) {
            Linear l = linear(e);
            if (l == null) {
                return indexDependent(g, e);
            }
            b.add(l);
        }
        for (Expr e : after) {
            Linear l = linear(e);
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
        Linear first = b.get(0);
        Linear last = a.get(a.size() - 1);
        Linear count = step == null || step == 0 ? null : last.minus(first).scaled(1 / step).plus(Linear.of(1));
        if (count == null || !count.isSize()) {
            return offSequence(g, "the items do not step by one constant amount from `" + source(before.get(0))
                    + "` to `" + source(after.get(after.size() - 1)) + "`");
        }
        for (int k = 0; k < b.size(); k++) {
            if (!b.get(k).equals(first.plus(Linear.of(k * step)))) {
                return offSequence(g, "`" + source(before.get(k)) + "` is not on the sequence " + stepFrom + " gives");
            }
        }
        for (int k = 0; k < a.size(); k++) {
            if (!a.get(k).equals(last.minus(Linear.of((a.size() - 1 - k) * step)))) {
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
    private Linear linear(Expr e) {
        if (e instanceof Expr.Num n) {
            return Linear.of(n.value());
        }
        if (e instanceof Expr.Sym s && s.bare()) {
            String key = NameKeys.full(s);
            if (body.scope.indexVar(key) == null && (body.names.find(key) instanceof Binding.DimensionName
                    || body.names.find(key) instanceof Binding.DefinedDimension)) {
                return new Linear(0, new TreeMap<>(Map.of(key, 1.0)));
            }
            return null;
        }
        if (e instanceof Expr.Group g && g.items().size() == 1 && g.bracket() == Bracket.PAREN) {
            return linear(g.items().get(0));
        }
        if (e instanceof Expr.Unary u) {
            Linear x = linear(u.operand());
            return x == null ? null : u.op() == UnaryOp.NEG ? x.scaled(-1) : x;
        }
        if (e instanceof Expr.Frac f) {
            Linear num = linear(f.num());
            Linear den = linear(f.den());
            return num == null || den == null || den.constant() == null || den.constant() == 0 ? null
                    : num.scaled(1 / den.constant());
        }
        if (e instanceof Expr.Binary bin) {
            Linear l = linear(bin.left());
            Linear r = linear(bin.right());
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

    /** {@code c + Σ k_s s} over sizes {@code s}. */
    record Linear(double c, TreeMap<String, Double> sizes) {
        static Linear of(double c) {
            return new Linear(c, new TreeMap<>());
        }

        Double constant() {
            return sizes.isEmpty() ? c : null;
        }

        Linear plus(Linear o) {
            TreeMap<String, Double> out = new TreeMap<>(sizes);
            o.sizes.forEach((k, v) -> out.merge(k, v, Double::sum));
            out.values().removeIf(v -> Math.abs(v) < 1e-12);
            return new Linear(c + o.c, out);
        }

        Linear minus(Linear o) {
            return plus(o.scaled(-1));
        }

        Linear scaled(double f) {
            TreeMap<String, Double> out = new TreeMap<>();
            sizes.forEach((k, v) -> out.put(k, v * f));
            out.values().removeIf(v -> Math.abs(v) < 1e-12);
            return new Linear(c * f, out);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Linear o && Math.abs(c - o.c) < 1e-9 && minus(o).sizes.isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }

        /** A count eqc can lay out: a positive whole number, or sizes with positive coefficients of the form p or 1/q. */
        boolean isSize() {
            if (sizes.isEmpty()) {
                return c >= 1 && c == Math.rint(c);
            }
            for (double k : sizes.values()) {
                if (!(k > 0 && (k == Math.rint(k) || 1 / k == Math.rint(1 / k)))) {
                    return false;
                }
            }
            return c == Math.rint(c);
        }

        /** The count as a term of sizes, as the range of an index (ShapeInference reads it as a dimension). */
        Term term(Span at, BodyResolver body) {
            Term out = null;
            for (Map.Entry<String, Double> e : sizes.entrySet()) {
                Term size = body.names.lookup(e.getKey(), at);
                double k = e.getValue();
                Term scaled = k == 1 ? size : k == Math.rint(k)
                        ? new Term.Arith(at, at, Term.ArithOp.MUL, new Term.Literal(at, k), size)
                        : new Term.Arith(at, at, Term.ArithOp.DIV, size, new Term.Literal(at, Math.rint(1 / k)));
                out = out == null ? scaled : new Term.Arith(at, at, Term.ArithOp.ADD, out, scaled);
            }
            if (out == null) {
                return new Term.Literal(at, c);
            }
            if (c > 0) {
                out = new Term.Arith(at, at, Term.ArithOp.ADD, out, new Term.Literal(at, c));
            } else if (c < 0) {
                out = new Term.Arith(at, at, Term.ArithOp.SUB, out, new Term.Literal(at, -c));
            }
            return out;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            sizes.forEach((k, v) -> {
                if (s.length() > 0) {
                    s.append(" + ");
                }
                s.append(v == 1 ? k : v == Math.rint(v) ? number(v) + k : k + "/" + number(Math.rint(1 / v)));
            });
            if (s.length() == 0) {
                return number(c);
            }
            if (c != 0) {
                s.append(c > 0 ? " + " : " - ").append(number(Math.abs(c)));
            }
            return s.toString();
        }
    }
}
