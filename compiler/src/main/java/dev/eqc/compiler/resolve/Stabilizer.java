package dev.eqc.compiler.resolve;

import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.TermAlgebra;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC 3.5: rewrites textbook formulas into their numerically stable forms, so that what a
 * paper spells out behaves like the built-in it means, also for inputs of magnitude 500:
 *
 * <ul>
 *   <li>{@code \log\sum_j \exp(b)} → log-sum-exp (max-shifted);
 *   <li>{@code \exp(a) / \sum_j \exp(b)} → {@code \exp(a - \mathrm{logsumexp}_j b)} (softmax);
 *   <li>{@code \log \exp(y)} → {@code y} (so log-softmax needs no exponential at all);
 *   <li>{@code \log(1 + e^{x})} → softplus; {@code 1 / (1 + e^{-x})} → sigmoid;
 *   <li>{@code \log\sigma(x)} → {@code -\mathrm{softplus}(-x)}; {@code \log(1 - \sigma(x))} →
 *       {@code -\mathrm{softplus}(x)}; {@code \log\mathrm{softmax}} → log-softmax.
 * </ul>
 *
 * Works bottom-up on a resolved body and returns a new tree; the rewritten forms are equal in
 * exact arithmetic. The logarithm of a built-in is rewritten as that built-in's entry in the
 * {@link Builtin} table says ({@link Builtin#logOf}); the spelled-out forms are recognised here.
 */
final class Stabilizer {
    private Stabilizer() {}

    static Term stabilize(Term t) {
        return rewrite(rebuild(t));
    }

    /** The term with its children stabilized. */
    private static Term rebuild(Term t) {
        List<Term> kids = new ArrayList<>();
        for (Term k : t.children()) {
            kids.add(stabilize(k));
        }
        return t.withChildren(kids);
    }

    private static Term rewrite(Term t) {
        Span at = t.span();
        if (t instanceof Term.BuiltinCall log && log.builtin() == Builtin.LOG) {
            Term arg = log.args().get(0);
            Term sumOfExp = sumOfExp(arg);
            if (sumOfExp != null) {
                return sumOfExp;
            }
            if (arg instanceof Term.BuiltinCall inner && inner.args().size() == 1) {
                // log of a built-in with a stable logarithm (exp, sigmoid, softmax): the table says what it is.
                Term stable = inner.builtin().logOf(new TermAlgebra(at), inner.args().get(0));
                if (stable != null) {
                    return stable;
                }
            }
            Term x = onePlusExp(arg);
            if (x != null) {
                return call(at, Builtin.SOFTPLUS, x);
            }
            if (arg instanceof Term.Arith a && a.op() == Term.ArithOp.SUB && isOne(a.left())
                    && a.right() instanceof Term.BuiltinCall sig && sig.builtin() == Builtin.SIGMOID) {
                return new Term.Negate(at, call(at, Builtin.SOFTPLUS, sig.args().get(0)));
            }
        }
        if (t instanceof Term.Arith div && div.op() == Term.ArithOp.DIV) {
            if (div.left() instanceof Term.BuiltinCall exp && exp.builtin() == Builtin.EXP
                    && div.right() instanceof Term.Reduce sum && isSumOfExp(sum)) {
                Term lse = new Term.Reduce(sum.span(), Term.ReduceOp.LOGSUMEXP, sum.var(),
                        ((Term.BuiltinCall) sum.body()).args().get(0));
                return call(at, Builtin.EXP, new Term.Arith(at, div.opSpan(), Term.ArithOp.SUB, exp.args().get(0), lse));
            }
            if (isOne(div.left())) {
                Term x = onePlusExp(div.right());
                if (x instanceof Term.Negate n) {
                    return call(at, Builtin.SIGMOID, n.operand());
                }
            }
        }
        return t;
    }

    private static boolean isSumOfExp(Term.Reduce r) {
        return r.op() == Term.ReduceOp.SUM && r.var().excluded().isEmpty()
                && r.body() instanceof Term.BuiltinCall e && e.builtin() == Builtin.EXP;
    }

    private static Term sumOfExp(Term t) {
        if (t instanceof Term.Reduce r && isSumOfExp(r)) {
            return new Term.Reduce(r.span(), Term.ReduceOp.LOGSUMEXP, r.var(), ((Term.BuiltinCall) r.body()).args().get(0));
        }
        return null;
    }

    /** x, when t is 1 + e^{x} or e^{x} + 1; else null. */
    private static Term onePlusExp(Term t) {
        if (t instanceof Term.Arith a && a.op() == Term.ArithOp.ADD) {
            if (isOne(a.left()) && a.right() instanceof Term.BuiltinCall e && e.builtin() == Builtin.EXP) {
                return e.args().get(0);
            }
            if (isOne(a.right()) && a.left() instanceof Term.BuiltinCall e && e.builtin() == Builtin.EXP) {
                return e.args().get(0);
            }
        }
        return null;
    }

    private static boolean isOne(Term t) {
        return t instanceof Term.Literal l && l.value() == 1.0;
    }

    private static Term call(Span at, Builtin b, Term arg) {
        return new Term.BuiltinCall(at, b, List.of(arg));
    }
}
