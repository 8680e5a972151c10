package dev.eqc.compiler.ast;

import dev.eqc.compiler.source.Span;
import java.util.List;

/**
 * An expression as written. Nodes are immutable and carry their source span first; operator
 * nodes also carry the operator's own span. The tree keeps what the parser cannot decide
 * (is {@code QK} one name or a product? is {@code x(1+y)} a call?) for name resolution.
 */
public sealed interface Expr {
    Span span();

    /** A number literal: {@code 0.5}, {@code 10}. */
    record Num(Span span, String text) implements Expr {
        public double value() {
            return Double.parseDouble(text);
        }
    }

    /**
     * A name-like atom with its scripts: {@code d_k}, {@code W^Q}, {@code \hat{m}_t},
     * {@code \mathrm{softmax}}, {@code \gamma}, the letter run {@code QK^T}. Whether a
     * superscript is a transpose, a power or part of the name, and whether a subscript is an
     * index, is decided by name resolution.
     */
    record Sym(Span span, SymKind kind, String base, String accent, Script sub, Script sup, int primes)
            implements Expr {
        public Sym withScripts(Span newSpan, Script newSub, Script newSup, int newPrimes) {
            return new Sym(newSpan, kind, base, accent, newSub, newSup, newPrimes);
        }

        public boolean bare() {
            return sub == null && sup == null && primes == 0 && accent == null;
        }

        /** Whether this name is labelled by the parenthesised index {@code index}: {@code x^{(i)}} for {@code i}. */
        public boolean labelledBy(String index) {
            return sup != null && sup.isSingle() && sup.single() instanceof Group g && g.bracket() == Bracket.PAREN
                    && g.items().size() == 1 && g.items().get(0) instanceof Sym i && i.bare() && i.base().equals(index);
        }
    }

    /** A bracketed group: {@code (x)}, {@code (a, b)}, {@code [x]}, <code>{x}</code>. */
    record Group(Span span, Bracket bracket, List<Expr> items) implements Expr {
        public Group {
            items = List.copyOf(items);
        }
    }

    /** A callee followed by a parenthesised argument list: {@code f(x)}, {@code \exp x}. */
    record Apply(Span span, Expr callee, List<Expr> args, Span argsSpan) implements Expr {
        public Apply {
            args = List.copyOf(args);
        }

        /**
         * {@code P(s' \mid s, a)} as {@code P(s', s, a)}: the bar of a conditional separates arguments
         * like a comma (docs/LANGUAGE.md, "Definitions and wrappers").
         */
        public Apply withConditionsAsArguments() {
            if (args.stream().noneMatch(a -> a instanceof Relation r && r.op() == RelOp.GIVEN)) {
                return this;
            }
            List<Expr> flat = new java.util.ArrayList<>();
            for (Expr a : args) {
                flatten(a, flat);
            }
            return new Apply(span, callee, flat, argsSpan);
        }

        private static void flatten(Expr e, List<Expr> out) {
            if (e instanceof Relation r && r.op() == RelOp.GIVEN) {
                flatten(r.left(), out);
                flatten(r.right(), out);
            } else {
                out.add(e);
            }
        }
    }

    /** A binary operation; {@code opSpan} is the operator (empty at the gap for juxtaposition). */
    record Binary(Span span, Span opSpan, BinaryOp op, Expr left, Expr right) implements Expr {}

    /** Unary minus or plus. */
    record Unary(Span span, Span opSpan, UnaryOp op, Expr operand) implements Expr {}

    /** A superscript on something that is not a name: {@code (x+1)^2}, {@code 10^{-5}}. */
    record Power(Span span, Expr base, Script exponent) implements Expr {}

    /** A subscript on something that is not a name: {@code \mathrm{softmax}(z)_i}. */
    record Subscripted(Span span, Expr base, Script sub) implements Expr {}

    /** {@code \frac{num}{den}}. */
    record Frac(Span span, Expr num, Expr den) implements Expr {}

    /** {@code \sqrt{x}} or {@code \sqrt[k]{x}} ({@code degree} is null for square roots). */
    record Root(Span span, Expr degree, Expr radicand) implements Expr {}

    /** A comparison inside an expression: {@code x \ge 0}. */
    record Relation(Span span, Span opSpan, RelOp op, Expr left, Expr right) implements Expr {}

    /** A big operator applied to the rest of its product: {@code \sum_{j} W_{ij} x_j}. */
    record BigOp(Span span, Sym operator, Expr body) implements Expr {}

    /** An operator with its axis written under it (underset). */
    record Underset(Span span, Expr under, Expr op) implements Expr {}

    /** {@code \begin{cases} … \end{cases}}. */
    record Cases(Span span, List<Case> rows) implements Expr {
        public Cases {
            rows = List.copyOf(rows);
        }
    }

    /** One row of {@code cases}: a value and its condition (null for "otherwise"). */
    record Case(Span span, Expr value, Expr condition) {}

    /**
     * A matrix or vector written with {@code pmatrix}, {@code bmatrix}, … : rows of cells;
     * {@code environment} is the environment's name ({@code pmatrix}, {@code vmatrix}, {@code array}).
     */
    record Matrix(Span span, String environment, List<List<Expr>> rows) implements Expr {
        public Matrix {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** {@code |x|}. */
    record Abs(Span span, Expr operand) implements Expr {}

    /** {@code \|x\|} (its subscript, as in {@code \|x\|_1}, is a {@link Subscripted} around it). */
    record Norm(Span span, Expr operand) implements Expr {}

    /** A factorial or other postfix {@code !}. */
    record Factorial(Span span, Expr operand) implements Expr {}
}
