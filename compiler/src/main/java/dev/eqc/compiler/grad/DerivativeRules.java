package dev.eqc.compiler.grad;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.shape.Shape;
import dev.eqc.compiler.source.Span;
import java.util.List;

/**
 * The derivative rule of every one-argument built-in in the registry: given the adjoint {@code g}
 * of {@code y = f(x)}, the adjoint of {@code x}, as a term of {@code x}'s shape built from
 * {@code x}, {@code y} and {@code g}. Rules reuse {@code y} where that is both cheaper and stable:
 * the log-softmax rule is {@code g - softmax(x) sum(g)}, which never exponentiates a large number.
 * Null for built-ins whose derivative is zero almost everywhere (floor, ceil, sign).
 */
final class DerivativeRules {
    private DerivativeRules() {}

    static Term adjoint(Builtin fn, Span at, Term g, Term x, Term y, Shape xShape, Adjoints a) {
        return switch (fn) {
            case EXP -> a.mul(at, g, y);
            case LOG -> a.div(at, g, x);
            case LOG2 -> a.div(at, g, a.mul(at, x, a.lit(at, Math.log(2.0))));
            case SQRT -> a.div(at, g, a.mul(at, a.lit(at, 2.0), y));
            case TANH -> a.mul(at, g, a.sub(at, a.lit(at, 1.0), square(at, y)));
            case SIN -> a.mul(at, g, call(at, Builtin.COS, x));
            case COS -> a.neg(at, a.mul(at, g, call(at, Builtin.SIN, x)));
            case TAN -> a.mul(at, g, a.add(at, a.lit(at, 1.0), square(at, y)));
            case SINH -> a.mul(at, g, call(at, Builtin.COSH, x));
            case COSH -> a.mul(at, g, call(at, Builtin.SINH, x));
            case ABS -> a.mul(at, g, call(at, Builtin.SIGN, x));
            case SIGMOID -> a.mul(at, g, a.mul(at, y, a.sub(at, a.lit(at, 1.0), y)));
            case RELU -> a.mul(at, g, new Term.Compare(at, Term.CompareOp.GT, x, a.lit(at, 0.0)));
            case LEAKY_RELU -> a.mul(at, g, new Term.Where(at, new Term.Compare(at, Term.CompareOp.GT, x,
                    a.lit(at, 0.0)), a.lit(at, 1.0), a.lit(at, 0.01)));
            // softplus' = sigmoid, computed by the stable sigmoid kernel.
            case SOFTPLUS -> a.mul(at, g, call(at, Builtin.SIGMOID, x));
            case ERF -> a.mul(at, g, a.mul(at, a.lit(at, 2.0 / Math.sqrt(Math.PI)), gaussian(at, x, a, 1.0)));
            case NORMAL_CDF -> a.mul(at, g, normalPdf(at, x, a));
            // GELU(x) = x Phi(x): Phi(x) + x phi(x)
            case GELU -> a.mul(at, g, a.add(at, call(at, Builtin.NORMAL_CDF, x), a.mul(at, x, normalPdf(at, x, a))));
            case FLOOR, CEIL, SIGN -> null;
            // y = softmax(x): dx = y (g - sum(g y))
            case SOFTMAX -> a.mul(at, y, a.sub(at, g, keep(at, call(at, Builtin.SUM, a.mul(at, g, y)))));
            // y = log_softmax(x): dx = g - softmax(x) sum(g); stable for any x.
            case LOG_SOFTMAX -> a.sub(at, g, a.mul(at, call(at, Builtin.SOFTMAX, x), keep(at, call(at, Builtin.SUM, g))));
            case SUM -> new Term.SumTo(at, keep(at, g), x);
            case MEAN -> a.div(at, new Term.SumTo(at, keep(at, g), x), dimTerm(at, xShape.fromEnd(1)));
            // population variance: dx = g 2 (x - mean(x)) / n
            case VAR -> a.mul(at, keep(at, g), a.div(at, a.mul(at, a.lit(at, 2.0),
                    a.sub(at, x, keep(at, call(at, Builtin.MEAN, x)))), dimTerm(at, xShape.fromEnd(1))));
            // dx = g softmax(x)
            case LOGSUMEXP -> a.mul(at, keep(at, g), call(at, Builtin.SOFTMAX, x));
            case NORM2 -> xShape.isScalar() ? a.mul(at, g, call(at, Builtin.SIGN, x))
                    : a.mul(at, keep(at, g), a.div(at, x, keep(at, y)));
            case NORM1 -> xShape.isScalar() ? a.mul(at, g, call(at, Builtin.SIGN, x))
                    : a.mul(at, keep(at, g), call(at, Builtin.SIGN, x));
            // the entries of largest magnitude take the gradient (all of them on ties)
            case NORM_INF -> xShape.isScalar() ? a.mul(at, g, call(at, Builtin.SIGN, x))
                    : a.mul(at, keep(at, g), a.mul(at, call(at, Builtin.SIGN, x), new Term.Compare(at,
                            Term.CompareOp.EQ, call(at, Builtin.ABS, x), keep(at, y))));
            // diag(v) -> matrix: dv = diag(g); diag(A) -> vector: dA = diag(g) (a diagonal matrix)
            case DIAG -> call(at, Builtin.DIAG, g);
            // tr(A): dA = g I, the diagonal matrix of g repeated along diag(A)
            case TRACE -> call(at, Builtin.DIAG, new Term.SumTo(at, keep(at, g), call(at, Builtin.DIAG, x)));
            case MAX, MIN, CONCAT -> throw new AssertionError("not a one-argument built-in: " + fn);
        };
    }

    private static Term call(Span at, Builtin fn, Term x) {
        return new Term.BuiltinCall(at, fn, List.of(x));
    }

    private static Term square(Span at, Term y) {
        return new Term.Power(at, y, new Term.Literal(at, 2.0));
    }

    /** A reduced value with its last axis back, as size 1, so it broadcasts against the argument. */
    static Term keep(Span at, Term reduced) {
        if (reduced instanceof Term.Literal) {
            return reduced; // a number broadcasts as it is
        }
        return new Term.InsertAxis(at, reduced, -1);
    }

    /** exp(-scale x^2). */
    private static Term gaussian(Span at, Term x, Adjoints a, double scale) {
        return call(at, Builtin.EXP, a.neg(at, a.mul(at, a.lit(at, scale), square(at, x))));
    }

    /** The standard normal density. */
    private static Term normalPdf(Span at, Term x, Adjoints a) {
        return a.mul(at, a.lit(at, 1.0 / Math.sqrt(2.0 * Math.PI)), gaussian(at, x, a, 0.5));
    }

    /** A dimension as a value ({@code n} in {@code 1/n}). */
    static Term dimTerm(Span at, Dim d) {
        if (d instanceof Dim.Known k) {
            return new Term.Literal(at, k.value());
        }
        if (d instanceof Dim.Symbol s) {
            return new Term.DimValue(at, s.name());
        }
        Dim.Compound c = (Dim.Compound) d;
        Term.ArithOp op = switch (c.op()) {
            case '+' -> Term.ArithOp.ADD;
            case '-' -> Term.ArithOp.SUB;
            case '*' -> Term.ArithOp.MUL;
            default -> Term.ArithOp.DIV;
        };
        return new Term.Arith(at, at, op, dimTerm(at, c.left()), dimTerm(at, c.right()));
    }
}
