package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.UnaryOp;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.Term;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code c + Σ k_s s}: a number plus multiples of sizes, keyed by name. The counts of written-out lists
 * ({@link ArithmeticLists}: {@code [0, 1, \ldots, n-1]}) and of pattern columns ({@link PatternColumns}: a last cell
 * {@code x_{d-1}}) are such forms; two forms are equal when their difference is zero.
 */
record LinearForm(double c, TreeMap<String, Double> sizes) {
    static LinearForm of(double c) {
        return new LinearForm(c, new TreeMap<>());
    }

    Double constant() {
        return sizes.isEmpty() ? c : null;
    }

    LinearForm plus(LinearForm o) {
        TreeMap<String, Double> out = new TreeMap<>(sizes);
        o.sizes.forEach((k, v) -> out.merge(k, v, Double::sum));
        out.values().removeIf(v -> Math.abs(v) < 1e-12);
        return new LinearForm(c + o.c, out);
    }

    LinearForm minus(LinearForm o) {
        return plus(o.scaled(-1));
    }

    LinearForm scaled(double f) {
        TreeMap<String, Double> out = new TreeMap<>();
        sizes.forEach((k, v) -> out.put(k, v * f));
        out.values().removeIf(v -> Math.abs(v) < 1e-12);
        return new LinearForm(c * f, out);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinearForm o && Math.abs(c - o.c) < 1e-9 && minus(o).sizes.isEmpty();
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

    /** The form as an expression of the names it counts ({@code names} maps each key to a name as written). */
    Expr expr(Span at, Map<String, Expr> names) {
        Expr out = null;
        for (Map.Entry<String, Double> e : sizes.entrySet()) {
            double k = Math.abs(e.getValue());
            Expr name = names.get(e.getKey());
            Expr term = k == 1 ? name : k == Math.rint(k)
                    ? new Expr.Binary(at, at, BinaryOp.JUXTAPOSE, new Expr.Num(at, number(k)), name)
                    : new Expr.Frac(at, name, new Expr.Num(at, number(Math.rint(1 / k))));
            out = out == null ? (e.getValue() < 0 ? new Expr.Unary(at, at, UnaryOp.NEG, term) : term)
                    : new Expr.Binary(at, at, e.getValue() < 0 ? BinaryOp.SUB : BinaryOp.ADD, out, term);
        }
        if (out == null || c != 0) {
            Expr n = new Expr.Num(at, number(Math.abs(c)));
            out = out == null ? (c < 0 ? new Expr.Unary(at, at, UnaryOp.NEG, n) : n)
                    : new Expr.Binary(at, at, c < 0 ? BinaryOp.SUB : BinaryOp.ADD, out, n);
        }
        return out;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
