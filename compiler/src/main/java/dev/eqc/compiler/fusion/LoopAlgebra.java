package dev.eqc.compiler.fusion;

import dev.eqc.compiler.builtin.Algebra;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.builtin.LoopForm;
import dev.eqc.compiler.fusion.LoopExpr.Binary;
import dev.eqc.compiler.fusion.LoopExpr.Call;
import dev.eqc.compiler.fusion.LoopExpr.Compare;
import dev.eqc.compiler.fusion.LoopExpr.Level;
import dev.eqc.compiler.fusion.LoopExpr.Literal;
import dev.eqc.compiler.fusion.LoopExpr.Negate;
import dev.eqc.compiler.fusion.LoopExpr.Op;
import dev.eqc.compiler.fusion.LoopExpr.Power;
import dev.eqc.compiler.fusion.LoopExpr.Select;
import dev.eqc.compiler.term.Term;

/**
 * An element-wise built-in as loop nodes, all with {@code origin}: expanded ones
 * ({@code \\Phi}, GELU) by their table entry's {@link Builtin#expansion}, the others as
 * function nodes.
 */
record LoopAlgebra(Term origin) implements Algebra<LoopExpr> {
    @Override
    public LoopExpr call(Builtin fn, LoopExpr x) {
        return fn.loopForm() == LoopForm.EXPANDED ? fn.expansion(this, x)
                : function(origin, fn, x);
    }

    @Override
    public LoopExpr lit(double value) {
        return new Literal(origin, value);
    }

    @Override
    public LoopExpr add(LoopExpr a, LoopExpr b) {
        return new Binary(origin, Op.ADD, a, b);
    }

    @Override
    public LoopExpr sub(LoopExpr a, LoopExpr b) {
        return new Binary(origin, Op.SUB, a, b);
    }

    @Override
    public LoopExpr mul(LoopExpr a, LoopExpr b) {
        return new Binary(origin, Op.MUL, a, b);
    }

    @Override
    public LoopExpr div(LoopExpr a, LoopExpr b) {
        return new Binary(origin, Op.DIV, a, b);
    }

    @Override
    public LoopExpr neg(LoopExpr a) {
        return new Negate(origin, a);
    }

    @Override
    public LoopExpr square(LoopExpr a) {
        return new Power(origin, a, lit(2.0));
    }

    @Override
    public LoopExpr gt(LoopExpr a, LoopExpr b) {
        return new Compare(origin, Term.CompareOp.GT, a, b);
    }

    @Override
    public LoopExpr ge(LoopExpr a, LoopExpr b) {
        return new Compare(origin, Term.CompareOp.GE, a, b);
    }

    @Override
    public LoopExpr lt(LoopExpr a, LoopExpr b) {
        return new Compare(origin, Term.CompareOp.LT, a, b);
    }

    @Override
    public LoopExpr le(LoopExpr a, LoopExpr b) {
        return new Compare(origin, Term.CompareOp.LE, a, b);
    }

    @Override
    public LoopExpr eq(LoopExpr a, LoopExpr b) {
        return new Compare(origin, Term.CompareOp.EQ, a, b);
    }

    @Override
    public LoopExpr select(LoopExpr condition, LoopExpr then, LoopExpr otherwise) {
        return new Select(origin, condition, then, otherwise);
    }

    /** A function node; one of a per-call or per-row value needs a plain Java form. */
    static LoopExpr function(Term origin, Builtin fn, LoopExpr arg) {
        if (LoopExpr.level(arg) != Level.ELEMENT && fn.scalarForm().isEmpty()) {
            throw new NotFusible();
        }
        return new Call(origin, fn, arg);
    }
}
