package dev.eqc.compiler.fusion;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.term.Constant;
import dev.eqc.compiler.term.Term;
import java.util.List;

/**
 * The element expression of a fused loop: what one element of the result is, over the loop's
 * operands. Every node keeps the term it came from ({@code origin}), for comments. Its
 * {@link Level} says how often its value changes, so also where an emitter computes it: once per
 * call before the loop, once per row, or per element.
 */
public sealed interface LoopExpr {
    Term origin();

    /** The direct sub-expressions. */
    List<LoopExpr> children();

    /** How often a value changes: its hoisting level. */
    enum Level {
        /** Fixed for the call: hoisted before the loop, computed in double. */
        CALL,
        /** Fixed for a row (a row reduction, or a value made of them): computed once per row, in double. */
        ROW,
        /** Changes per element: computed in the element type inside the loop. */
        ELEMENT
    }

    /** A number written in the source, or made by a rewrite. */
    record Literal(Term origin, double value) implements LoopExpr {
        public List<LoopExpr> children() {
            return List.of();
        }
    }

    /** A named constant of the file ({@code \epsilon}): a field of the generated class. */
    record NamedConstant(Term origin, Constant constant) implements LoopExpr {
        public List<LoopExpr> children() {
            return List.of();
        }
    }

    /** The size of a dimension, as a number. */
    record Size(Term origin, String dim) implements LoopExpr {
        public List<LoopExpr> children() {
            return List.of();
        }
    }

    /** An operand that is a single number: read once per call. */
    record Scalar(Term origin, String operand) implements LoopExpr {
        public List<LoopExpr> children() {
            return List.of();
        }
    }

    /** The current element of an operand: a load at the loop's position ({@link FusedLoop#nest}). */
    record Load(Term origin, String operand) implements LoopExpr {
        public List<LoopExpr> children() {
            return List.of();
        }
    }

    /** Element-wise arithmetic. */
    record Binary(Term origin, Op op, LoopExpr left, LoopExpr right) implements LoopExpr {
        public List<LoopExpr> children() {
            return List.of(left, right);
        }
    }

    /** The arithmetic operators, with their Java symbol. */
    enum Op {
        ADD('+'), SUB('-'), MUL('*'), DIV('/');

        public final char symbol;

        Op(char symbol) {
            this.symbol = symbol;
        }
    }

    record Power(Term origin, LoopExpr base, LoopExpr exponent) implements LoopExpr {
        public List<LoopExpr> children() {
            return List.of(base, exponent);
        }
    }

    record Negate(Term origin, LoopExpr operand) implements LoopExpr {
        public List<LoopExpr> children() {
            return List.of(operand);
        }
    }

    /** An element-wise built-in, computed as its table entry's {@code LoopForm} says. */
    record Call(Term origin, Builtin fn, LoopExpr arg) implements LoopExpr {
        public List<LoopExpr> children() {
            return List.of(arg);
        }
    }

    record MinMax(Term origin, boolean max, LoopExpr left, LoopExpr right) implements LoopExpr {
        public List<LoopExpr> children() {
            return List.of(left, right);
        }
    }

    /** 1 where the comparison holds, 0 elsewhere. */
    record Compare(Term origin, Term.CompareOp op, LoopExpr left, LoopExpr right) implements LoopExpr {
        public List<LoopExpr> children() {
            return List.of(left, right);
        }
    }

    /** {@code then} where {@code condition} is non-zero, else {@code otherwise}. */
    record Select(Term origin, LoopExpr condition, LoopExpr then, LoopExpr otherwise) implements LoopExpr {
        public List<LoopExpr> children() {
            return List.of(condition, then, otherwise);
        }
    }

    /** A reduction of {@code body} over the row (its loads walk the row): a {@link Level#ROW} value. */
    record RowReduce(Term origin, Reduction op, LoopExpr body) implements LoopExpr {
        public List<LoopExpr> children() {
            return List.of(body);
        }
    }

    /** Row reductions, accumulated in double. */
    enum Reduction {
        SUM, MAX, MIN, MEAN,
        /** The population variance. */
        VAR,
        /** log Σ exp, taking the row's largest value out before exp. */
        LOGSUMEXP
    }

    /** The level of a node: the most often changing of its parts. */
    static Level level(LoopExpr e) {
        if (e instanceof Literal || e instanceof NamedConstant || e instanceof Size || e instanceof Scalar) {
            return Level.CALL;
        }
        if (e instanceof Load) {
            return Level.ELEMENT;
        }
        if (e instanceof RowReduce) {
            return Level.ROW;
        }
        Level l = Level.CALL;
        for (LoopExpr child : e.children()) {
            Level c = level(child);
            l = c.ordinal() > l.ordinal() ? c : l;
        }
        return l;
    }

    /** Whether {@code e} is the number {@code value}. */
    static boolean isNumber(LoopExpr e, double value) {
        return e instanceof Literal l && l.value() == value;
    }
}
