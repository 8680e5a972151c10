package dev.eqc.compiler.term;

import dev.eqc.compiler.builtin.Algebra;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.source.Span;
import java.util.List;

/** A built-in's formulas ({@link Builtin#logOf}, {@link Builtin#expansion}) as terms, all at one span. */
public final class TermAlgebra implements Algebra<Term> {
    private final Span at;

    public TermAlgebra(Span at) {
        this.at = at;
    }

    @Override
    public Term lit(double value) {
        return new Term.Literal(at, value);
    }

    private Term arith(Term.ArithOp op, Term a, Term b) {
        return new Term.Arith(at, at, op, a, b);
    }

    @Override
    public Term add(Term a, Term b) {
        return arith(Term.ArithOp.ADD, a, b);
    }

    @Override
    public Term sub(Term a, Term b) {
        return arith(Term.ArithOp.SUB, a, b);
    }

    @Override
    public Term mul(Term a, Term b) {
        return arith(Term.ArithOp.MUL, a, b);
    }

    @Override
    public Term div(Term a, Term b) {
        return arith(Term.ArithOp.DIV, a, b);
    }

    @Override
    public Term neg(Term a) {
        return new Term.Negate(at, a);
    }

    @Override
    public Term square(Term a) {
        return new Term.Power(at, a, lit(2.0));
    }

    @Override
    public Term call(Builtin fn, Term x) {
        return new Term.BuiltinCall(at, fn, List.of(x));
    }

    private Term compare(Term.CompareOp op, Term a, Term b) {
        return new Term.Compare(at, op, a, b);
    }

    @Override
    public Term gt(Term a, Term b) {
        return compare(Term.CompareOp.GT, a, b);
    }

    @Override
    public Term ge(Term a, Term b) {
        return compare(Term.CompareOp.GE, a, b);
    }

    @Override
    public Term lt(Term a, Term b) {
        return compare(Term.CompareOp.LT, a, b);
    }

    @Override
    public Term le(Term a, Term b) {
        return compare(Term.CompareOp.LE, a, b);
    }

    @Override
    public Term eq(Term a, Term b) {
        return compare(Term.CompareOp.EQ, a, b);
    }

    @Override
    public Term select(Term condition, Term then, Term otherwise) {
        return new Term.Where(at, condition, then, otherwise);
    }
}
